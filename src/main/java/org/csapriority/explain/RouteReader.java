package org.csapriority.explain;

import static org.csapriority.explain.ConditionText.acrossFacts;
import static org.csapriority.explain.ConditionText.atom;
import static org.csapriority.explain.ConditionText.condition;
import static org.csapriority.explain.ConditionText.numeric;
import static org.csapriority.explain.ConditionText.statically;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;

import org.csapriority.engine.Conclusion;
import org.csapriority.engine.Policy;
import org.csapriority.engine.RuleInfo;
import org.csapriority.explain.Constraints.Node;
import org.csapriority.explain.Constraints.Truth;
import org.csapriority.explain.Why.Condition;
import org.csapriority.explain.Why.Route;

/**
 * Reads a rule's conditions against one item's facts, as the engine saw them, and says which hold and which fail
 * and by how much. A condition that needs another rule's conclusion (a signal) is explained by that rule's own
 * conditions, so "no broad identification" reads as the district share and the policy threshold it missed.
 * Patterns are matched in order with their bindings, the way the rule base joins them; the first pattern is the
 * item itself (or its fact of that type).
 */
final class RouteReader {

	private final RuleModel model;

	private final Map<String, List<Object>> factsByType = new HashMap<>();

	private final Map<Object, RuleInfo> producedBy = new IdentityHashMap<>();

	private final Policy policy;

	private final String itemId;

	RouteReader(RuleModel model, List<Object> inputs, List<Conclusion> conclusions, Policy policy, String itemId) {
		this.model = model;
		this.policy = policy;
		this.itemId = itemId;
		inputs.forEach(this::index);
		for (Conclusion conclusion : conclusions) {
			index(conclusion.fact());
			producedBy.put(conclusion.fact(), conclusion.rule());
		}
	}

	private void index(Object fact) {
		factsByType.computeIfAbsent(fact.getClass().getSimpleName(), k -> new ArrayList<>()).add(fact);
	}

	/** The rule read against the item, or null when it is written for another kind of item. */
	Route route(RuleModel.Rule rule) {
		String outcome = rule.proposes().stream().findFirst().map(o -> o.id()).orElse(null);
		if (rule.descr() == null) {
			return new Route(rule.info().ruleId(), rule.info().name(), outcome, false,
					List.of(condition("its conditions were not read: " + model.unread().getOrDefault(rule.info().file(),
							"the rule is not in its file"), false)));
		}
		Read read = read(rule.descr().getLhs().getDescrs(), new HashMap<>(), true);
		if (read == null) {
			return null;
		}
		return new Route(rule.info().ruleId(), rule.info().name(), outcome, read.met(), read.conditions());
	}

	/** Whether a rule needs a recorded working group decision: the group's route into the agreement, not the evidence's. */
	static boolean needsGroupDecision(RuleModel.Rule rule) {
		return rule.descr() != null && rule.descr().getLhs().getDescrs().stream()
			.anyMatch(d -> d instanceof PatternDescr p && "GroupDecision".equals(simple(p.getObjectType())));
	}

	private record Read(boolean met, List<Condition> conditions) {
	}

	/**
	 * Reads patterns in order. For a decision rule ({@code route}), null when its first pattern says it is written
	 * for another kind of item; a driver rule's first pattern is read like any other.
	 */
	private Read read(List<? extends BaseDescr> elements, Map<String, Object> bindings, boolean route) {
		List<Condition> conditions = new ArrayList<>();
		boolean met = true;
		for (int i = 0; i < elements.size(); i++) {
			BaseDescr element = elements.get(i);
			boolean anchor = i == 0;
			Step step;
			if (element instanceof PatternDescr p && p.getSource() instanceof AccumulateDescr accumulate) {
				step = accumulate(p, accumulate, bindings);
			}
			else if (element instanceof PatternDescr p) {
				step = pattern(p, bindings, anchor, anchor && route);
			}
			else if (element instanceof NotDescr not && single(not.getDescrs()) instanceof PatternDescr p) {
				step = absent(p, bindings);
			}
			else if (element instanceof ExistsDescr exists && single(exists.getDescrs()) instanceof PatternDescr p) {
				step = pattern(p, new HashMap<>(bindings), false, false);
			}
			else {
				step = new Step(true, false, condition("not read: " + element.getText(), false));
			}
			if (!step.applies()) {
				return null;
			}
			met &= step.met();
			if (step.condition() != null) {
				conditions.add(step.condition());
			}
			if (anchor && !step.met()) {
				// the later patterns join to this one: without it they say nothing about the item
				break;
			}
		}
		return new Read(met, conditions);
	}

	private record Step(boolean applies, boolean met, Condition condition) {
	}

	private static Object single(List<? extends BaseDescr> descrs) {
		return descrs.size() == 1 ? descrs.get(0) : null;
	}

	// ---- patterns ------------------------------------------------------------------------------------------

	private Step pattern(PatternDescr pattern, Map<String, Object> bindings, boolean anchor, boolean routeAnchor) {
		String type = simple(pattern.getObjectType());
		List<Node> nodes = nodes(pattern);
		List<Object> facts = facts(type, anchor);
		for (Object fact : facts) {
			List<Constraints.Result> results = evaluate(nodes, fact, bindings);
			if (results.stream().allMatch(r -> r.truth() == Truth.TRUE)) {
				bind(pattern, nodes, fact, bindings);
				return new Step(true, true, met(type, nodes, results, fact));
			}
		}
		List<Object> relevant = facts.stream().filter(fact -> joins(nodes, fact, bindings)).toList();
		if (routeAnchor && !relevant.isEmpty() && failsOnKind(nodes, relevant, bindings)) {
			return new Step(false, false, null);
		}
		String signalType = signalType(nodes);
		if (signalType != null) {
			return new Step(true, false, missingSignal(signalType));
		}
		if (relevant.isEmpty()) {
			return new Step(true, false, condition("no " + Phrases.fact(type), false));
		}
		return new Step(true, false, failed(type, nodes, relevant, bindings));
	}

	/** {@code not X(...)}: met when no fact matches. */
	private Step absent(PatternDescr pattern, Map<String, Object> bindings) {
		String type = simple(pattern.getObjectType());
		List<Node> nodes = nodes(pattern);
		for (Object fact : facts(type, false)) {
			List<Constraints.Result> results = evaluate(nodes, fact, bindings);
			if (results.stream().allMatch(r -> r.truth() == Truth.TRUE)) {
				return new Step(true, false, condition("no " + Phrases.fact(type) + " such that " + texts(type, nodes, results,
						fact, " and "), false));
			}
		}
		String wanted = String.join(" and ", nodes.stream().filter(n -> !isJoin(n)).map(n -> statically(type, n)).toList());
		return new Step(true, true, condition("no " + Phrases.fact(type) + (wanted.isEmpty() ? "" : " (" + wanted + ")"), true));
	}

	/** A pattern that held: a signal with the rule that concluded it and that rule's conditions, or the fact's values. */
	private Condition met(String type, List<Node> nodes, List<Constraints.Result> results, Object fact) {
		if ("Candidate".equals(type)) {
			return null;
		}
		String signalType = signalType(nodes);
		RuleInfo producer = producedBy.get(fact);
		if (signalType != null && producer != null) {
			RuleModel.Rule rule = model.byId(producer.ruleId());
			List<Condition> because = rule == null ? List.of() : driverConditions(rule);
			return new Condition(Phrases.words(signalType), true, producer.ruleId(), null, null, null, null, because);
		}
		List<Condition> atoms = atoms(type, nodes, results, fact);
		// the fact's own words ("'Prevent road danger...' (Making Kent Safer, ...)") say which one held
		Object detail = Constraints.component(fact, "detail");
		String label = Phrases.fact(type) + of(fact) + (detail instanceof String d && !d.isBlank() ? " (" + d + ")" : "");
		if (atoms.size() == 1 && atoms.get(0).policyKey() != null) {
			return atoms.get(0);
		}
		String text = String.join(", ", atoms.stream().map(Condition::text).toList());
		return condition(label + (text.isEmpty() ? "" : ": " + text), true);
	}

	/** For a fact about another item (a host's decision), whose it is. */
	private String of(Object fact) {
		Object candidate = Constraints.component(fact, "candidateId");
		return candidate instanceof String id && !id.equals(itemId) ? " for " + id : "";
	}

	/** A signal the rule needs and the item lacks, explained by each rule that could have concluded it. */
	private Condition missingSignal(String signalType) {
		List<RuleModel.Rule> producers = model.producing(signalType);
		List<Condition> because = new ArrayList<>();
		for (RuleModel.Rule producer : producers) {
			List<Condition> conditions = driverConditions(producer);
			if (producers.size() == 1) {
				because.addAll(conditions);
			}
			else {
				because.add(new Condition(producer.info().name(), false, producer.info().ruleId(), null, null, null, null,
						conditions));
			}
		}
		String ruleId = producers.size() == 1 ? producers.get(0).info().ruleId() : null;
		return new Condition(Phrases.words(signalType), false, ruleId, null, null, null, null, because);
	}

	/** The conditions of a driver rule on the item's own facts. */
	private List<Condition> driverConditions(RuleModel.Rule rule) {
		if (rule.descr() == null) {
			return List.of(condition("conditions not read: " + model.unread().getOrDefault(rule.info().file(), "unknown"), false));
		}
		return read(rule.descr().getLhs().getDescrs(), new HashMap<>(), false).conditions();
	}

	/** The failing constraints of a pattern over the item's facts of its type, with every value they had. */
	private Condition failed(String type, List<Node> nodes, List<Object> facts, Map<String, Object> bindings) {
		List<Condition> failing = new ArrayList<>();
		for (Node node : nodes) {
			if (isJoin(node)) {
				continue;
			}
			List<Constraints.Result> results = facts.stream()
				.map(fact -> Constraints.evaluate(node, new Constraints.Scope(fact, bindings, policy))).toList();
			if (results.stream().anyMatch(r -> r.truth() == Truth.TRUE)) {
				continue;
			}
			failing.add(facts.size() == 1 ? atom(type, node, results.get(0), facts.get(0))
					: acrossFacts(type, node, results, facts.size()));
		}
		if (failing.size() == 1) {
			return failing.get(0);
		}
		return new Condition(Phrases.fact(type), false, null, null, null, null, null, failing);
	}

	/** {@code accumulate(Signal(...); $x : collectSet(...); $x.size() >= ...)}: the collected values against the test. */
	private Step accumulate(PatternDescr result, AccumulateDescr accumulate, Map<String, Object> bindings) {
		PatternDescr input = accumulate.getInputPattern() != null ? accumulate.getInputPattern()
				: accumulate.getInput() instanceof org.drools.drl.ast.descr.ConditionalElementDescr ce
						? (PatternDescr) ce.getDescrs().stream().filter(PatternDescr.class::isInstance).findFirst().orElse(null)
						: null;
		if (input == null) {
			return new Step(true, false, condition("not read: " + accumulate.getText(), false));
		}
		String type = simple(input.getObjectType());
		List<Node> nodes = nodes(input);
		List<Map<String, Object>> matches = new ArrayList<>();
		for (Object fact : facts(type, false)) {
			List<Constraints.Result> results = evaluate(nodes, fact, bindings);
			if (results.stream().allMatch(r -> r.truth() == Truth.TRUE)) {
				Map<String, Object> bound = new HashMap<>();
				for (Node node : nodes) {
					if (node instanceof Constraints.Bind b) {
						bound.put(b.variable(), Constraints.component(fact, b.field()));
					}
				}
				matches.add(bound);
			}
		}
		String label = null;
		for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
			String param = function.getParams().length == 1 ? function.getParams()[0].strip() : null;
			Object value = switch (function.getFunction()) {
				case "collectSet" -> matches.stream().map(m -> m.get(param)).collect(Collectors.toCollection(LinkedHashSet::new));
				case "collectList" -> matches.stream().map(m -> m.get(param)).toList();
				case "count" -> (double) matches.size();
				default -> Constraints.Unreadable.VALUE;
			};
			bindings.put(function.getBind(), value);
			label = collectedLabel(type, nodes, param);
		}
		List<Condition> conditions = new ArrayList<>();
		boolean met = true;
		for (Node node : nodes(result)) {
			Constraints.Result r = Constraints.evaluate(node, new Constraints.Scope(null, bindings, policy));
			met &= r.truth() == Truth.TRUE;
			Object collected = r.checks().isEmpty() || r.checks().get(0).field() == null ? null
					: bindings.get(r.checks().get(0).field().replaceAll("\\.size$", ""));
			conditions.add(numeric(label, r.checks().get(0), null, r.truth() == Truth.TRUE, "driver type", "driver types",
					collected));
		}
		return new Step(true, met, conditions.size() == 1 ? conditions.get(0)
				: new Condition(label, met, null, null, null, null, null, conditions));
	}

	/** What an accumulate counts, in words: the driver types of supporting signals, say. */
	private String collectedLabel(String type, List<Node> nodes, String param) {
		String field = nodes.stream().filter(n -> n instanceof Constraints.Bind b && b.variable().equals(param))
			.map(n -> ((Constraints.Bind) n).field()).findFirst().orElse(param);
		boolean supportive = nodes.stream().anyMatch(n -> n instanceof Constraints.Test t && t.text().equals("supportive"));
		if ("driver".equals(field)) {
			return "driver types with " + (supportive ? "supporting " : "") + "evidence";
		}
		return "distinct " + Phrases.words(field) + " of its " + (supportive ? "supporting " : "") + Phrases.fact(type) + "s";
	}

	// ---- one constraint in words ------------------------------------------------------------------------------

	private String texts(String type, List<Node> nodes, List<Constraints.Result> results, Object fact, String separator) {
		return String.join(separator, atoms(type, nodes, results, fact).stream().map(Condition::text).toList());
	}

	private List<Condition> atoms(String type, List<Node> nodes, List<Constraints.Result> results, Object fact) {
		List<Condition> atoms = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			if (!isJoin(nodes.get(i)) && !(nodes.get(i) instanceof Constraints.Bind)) {
				atoms.add(atom(type, nodes.get(i), results.get(i), fact));
			}
		}
		return atoms;
	}

	// ---- facts and bindings ----------------------------------------------------------------------------------

	/** Facts of a type; for the first pattern, only the item's own (its candidate, or facts naming it). */
	private List<Object> facts(String type, boolean anchor) {
		List<Object> all = factsByType.getOrDefault(type, List.of());
		if (!anchor) {
			return all;
		}
		return all.stream().filter(fact -> itemId.equals(Constraints.component(fact, "candidateId"))
				|| "Candidate".equals(type) && itemId.equals(Constraints.component(fact, "id"))).toList();
	}

	private List<Constraints.Result> evaluate(List<Node> nodes, Object fact, Map<String, Object> bindings) {
		Constraints.Scope scope = new Constraints.Scope(fact, bindings, policy);
		return nodes.stream().map(node -> Constraints.evaluate(node, scope)).toList();
	}

	private static void bind(PatternDescr pattern, List<Node> nodes, Object fact, Map<String, Object> bindings) {
		if (pattern.getIdentifier() != null) {
			bindings.put(pattern.getIdentifier(), fact);
		}
		for (Node node : nodes) {
			if (node instanceof Constraints.Bind b) {
				bindings.put(b.variable(), Constraints.component(fact, b.field()));
			}
		}
	}

	/** Whether the fact passes the pattern's joins to earlier patterns ({@code candidateId == $c.id()}). */
	private boolean joins(List<Node> nodes, Object fact, Map<String, Object> bindings) {
		Constraints.Scope scope = new Constraints.Scope(fact, bindings, policy);
		return nodes.stream().filter(RouteReader::isJoin).allMatch(n -> Constraints.evaluate(n, scope).truth() == Truth.TRUE);
	}

	private static boolean isJoin(Node node) {
		return node instanceof Constraints.Compare c && (c.right() instanceof Constraints.Reference
				|| c.left() instanceof Constraints.Reference) && !(c.left() instanceof Constraints.Reference r && r.method().equals("size"));
	}

	/** The first pattern fails only on a kind of thing ({@code kind == IssueKind.HARM}): the rule is for other items. */
	private boolean failsOnKind(List<Node> nodes, List<Object> facts, Map<String, Object> bindings) {
		for (Object fact : facts) {
			Constraints.Scope scope = new Constraints.Scope(fact, bindings, policy);
			for (Node node : nodes) {
				if (Constraints.evaluate(node, scope).truth() != Truth.TRUE && !discriminates(node)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean discriminates(Node node) {
		if (node instanceof Constraints.Or or) {
			return or.parts().stream().allMatch(RouteReader::discriminates);
		}
		return node instanceof Constraints.Compare c && (c.right() instanceof Constraints.Constant || c.left() instanceof Constraints.Constant);
	}

	/** The signal type a pattern asks for ({@code type == "..."}), or null when it is not a signal of one type. */
	private static String signalType(List<Node> nodes) {
		for (Node node : nodes) {
			if (node instanceof Constraints.Compare c && c.left() instanceof Constraints.Field f && f.name().equals("type")
					&& "==".equals(c.op()) && c.right() instanceof Constraints.Literal l && l.value() instanceof String s) {
				return s;
			}
		}
		return null;
	}

	private static List<Node> nodes(PatternDescr pattern) {
		return pattern.getDescrs().stream().filter(ExprConstraintDescr.class::isInstance)
			.map(d -> Constraints.parse(((ExprConstraintDescr) d).getExpression())).toList();
	}

	private static String simple(String type) {
		return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
	}
}
