package org.csapriority.explain;

import java.util.ArrayList;
import java.util.Collection;
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
import org.csapriority.explain.Constraints.Check;
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
		Read read = read(rule.descr().getLhs().getDescrs(), new HashMap<>(), true, true);
		if (read == null) {
			return null;
		}
		return new Route(rule.info().ruleId(), rule.info().name(), outcome, read.met(), read.conditions());
	}

	/** Whether a rule's first pattern needs a working group decision, so the rule is the group's route, not the evidence's. */
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
	private Read read(List<? extends BaseDescr> elements, Map<String, Object> bindings, boolean anchored, boolean route) {
		List<Condition> conditions = new ArrayList<>();
		boolean met = true;
		for (int i = 0; i < elements.size(); i++) {
			BaseDescr element = elements.get(i);
			boolean anchor = anchored && i == 0;
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

	/** The value an operand gives without a fact: a literal or a constant; anything else as its own name. */
	private static Object given(Constraints.Operand operand) {
		if (operand instanceof Constraints.Literal l) {
			return l.value();
		}
		return operand instanceof Constraints.Constant c ? c : String.valueOf(operand);
	}

	/** A constraint in words without a fact to read: "outcome priority or cross cutting theme". */
	private static String statically(String type, Node node) {
		if (node instanceof Constraints.Or or) {
			List<String> parts = or.parts().stream().map(p -> statically(type, p)).toList();
			String field = or.parts().get(0) instanceof Constraints.Compare c && c.left() instanceof Constraints.Field f ? f.name() : null;
			boolean sameField = field != null && or.parts().stream().allMatch(p -> p instanceof Constraints.Compare c
					&& c.left() instanceof Constraints.Field f && f.name().equals(field) && "==".equals(c.op()));
			return sameField ? Phrases.field(type, field) + " " + String.join(" or ", or.parts().stream()
				.map(p -> Phrases.value(given(((Constraints.Compare) p).right()))).toList())
					: String.join(" or ", parts);
		}
		if (node instanceof Constraints.Compare c && c.left() instanceof Constraints.Field f) {
			String op = "==".equals(c.op()) ? "" : Phrases.op(c.op()) + " ";
			String right = c.right() instanceof Constraints.PolicyValue p ? "policy " + p.key() : Phrases.value(given(c.right()));
			return Phrases.field(type, f.name()) + " " + op + right;
		}
		if (node instanceof Constraints.Test t && t.value() instanceof Constraints.Field f) {
			return Phrases.field(type, f.name());
		}
		if (node instanceof Constraints.Not not) {
			return "not " + statically(type, not.part());
		}
		return node instanceof Constraints.Unread u ? u.text() : node.toString();
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
		String label = Phrases.fact(type) + of(fact);
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
		return read(rule.descr().getLhs().getDescrs(), new HashMap<>(), true, false).conditions();
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

	private Condition acrossFacts(String type, Node node, List<Constraints.Result> results, int count) {
		Check first = results.get(0).checks().isEmpty() ? null : results.get(0).checks().get(0);
		String values = results.stream().flatMap(r -> r.checks().stream()).map(c -> Phrases.value(c.value())).distinct()
			.collect(Collectors.joining("; "));
		String wanted = first == null ? node.toString() : wanted(type, first);
		return condition(wanted + ": none of its " + count + " " + Phrases.fact(type).replace(" on it", "").replace(" naming it", "")
				.replace(" covering it", "").replace(" bearing on it", "") + "s has it (" + values + ")", false);
	}

	// ---- accumulate -------------------------------------------------------------------------------------------

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

	private Condition atom(String type, Node node, Constraints.Result result, Object fact) {
		boolean met = result.truth() == Truth.TRUE;
		if (result.checks().size() == 1) {
			Check check = result.checks().get(0);
			if (check.against() instanceof Number && check.value() instanceof Number) {
				return numeric(Phrases.field(type, check.field()), check, fact, met, "district", "districts", null);
			}
			return condition(wanted(type, check) + (met ? "" : ": it is " + Phrases.value(check.value())), met);
		}
		List<Check> checks = result.checks();
		String separator = node instanceof Constraints.Or ? " or " : " and ";
		if (checks.stream().allMatch(c -> "==".equals(c.op()) && c.field() != null && c.field().equals(checks.get(0).field()))) {
			return condition(Phrases.field(type, checks.get(0).field()) + " " + checks.stream().map(c -> Phrases.value(c.against()))
				.collect(Collectors.joining(separator)) + ": it is " + Phrases.value(checks.get(0).value()), met);
		}
		String joined = checks.stream().map(c -> wanted(type, c) + " (" + Phrases.value(c.value()) + ")")
			.collect(Collectors.joining(separator));
		return condition(joined, met);
	}

	/** What a check asks for, in words: "borne by partnership", "kind national strategy", "in force". */
	private static String wanted(String type, Check check) {
		String field = check.field() == null ? check.text() : Phrases.field(type, check.field());
		if (check.op() == null) {
			return "not read: " + check.text();
		}
		return switch (check.op()) {
			case "is" -> field;
			case "!" -> "not " + field;
			case "==" -> check.against() == null ? field + " not given" : field + " " + Phrases.value(check.against());
			case "!=" -> check.against() == null ? field + " given" : field + " other than " + Phrases.value(check.against());
			default -> field + " " + Phrases.op(check.op()) + " " + Phrases.value(check.against());
		};
	}

	/**
	 * A numeric comparison with what it needs and what the item has. A share of districts is also counted in
	 * districts (the fact says how many there are), so the shortfall reads "3 districts short".
	 */
	private Condition numeric(String label, Check check, Object fact, boolean met, String unit, String units,
			Object collected) {
		if (!(check.value() instanceof Number || check.value() instanceof Collection<?>)
				|| !(check.against() instanceof Number against)) {
			return condition(label + " " + Phrases.op(check.op()) + " " + Phrases.value(check.against()) + ": "
					+ Phrases.value(check.value()), met);
		}
		double t = against.doubleValue();
		double v = check.value() instanceof Collection<?> c ? c.size() : ((Number) check.value()).doubleValue();
		if ("==".equals(check.op()) || "!=".equals(check.op())) {
			return equality(label, check, fact, met, t, v);
		}
		String policyPart = check.policyKey() == null ? "" : " (policy " + check.policyKey() + " = " + Phrases.number(t) + ")";
		Object districts = fact == null ? null : Constraints.component(fact, "districts");
		String have;
		String gap;
		String needs;
		if (districts instanceof Integer d && d > 0 && check.field() != null && check.field().toLowerCase().endsWith("share")) {
			long count = Math.round(v * d);
			long bound = bound(check.op(), t * d);
			needs = Phrases.op(check.op()) + " " + Phrases.percent(t) + " of " + label + policyPart;
			have = count + " of " + d;
			gap = gap(check.op(), count, bound, unit, units);
		}
		else if (check.value() instanceof Collection<?> || check.field() != null && check.field().endsWith(".size")) {
			long count = Math.round(v);
			needs = label + " " + Phrases.op(check.op()) + " " + Phrases.number(t) + policyPart;
			have = Phrases.value(collected instanceof Collection<?> ? collected : check.value());
			gap = gap(check.op(), count, bound(check.op(), t), unit, units);
		}
		else {
			needs = label + " " + Phrases.op(check.op()) + " " + Phrases.number(t) + policyPart;
			have = Phrases.number(Math.round(v * 1000) / 1000.0);
			double distance = Math.round(Math.abs(v - t) * 1000) / 1000.0;
			boolean above = check.op().startsWith(">");
			gap = met ? Phrases.number(distance) + " to spare"
					: distance == 0 ? "must be " + (above ? "above" : "below") + " it" : Phrases.number(distance) + (above ? " short" : " too high");
		}
		return new Condition(needs + ": " + have + ", " + gap, met, null, check.policyKey(), t, v, gap, List.of());
	}

	private static Condition equality(String label, Check check, Object fact, boolean met, double t, double v) {
		Object districts = fact == null ? null : Constraints.component(fact, "districts");
		boolean shareOfDistricts = districts instanceof Integer d && d > 0 && check.field() != null
				&& check.field().toLowerCase().endsWith("share");
		String wanted = shareOfDistricts ? Phrases.percent(t) + " of " + label : label + " " + Phrases.number(t);
		String have = shareOfDistricts ? Math.round(v * (Integer) districts) + " of " + districts : Phrases.number(v);
		String text = ("!=".equals(check.op()) ? "not " : "") + wanted + ": " + have;
		return new Condition(text, met, null, check.policyKey(), t, v, null, List.of());
	}

	/** The least (for at least / more than) or most (at most / less than) whole count that passes. */
	private static long bound(String op, double limit) {
		double epsilon = 1e-9;
		return switch (op) {
			case ">=" -> (long) Math.ceil(limit - epsilon);
			case ">" -> (long) Math.floor(limit + epsilon) + 1;
			case "<=" -> (long) Math.floor(limit + epsilon);
			default -> (long) Math.ceil(limit - epsilon) - 1;
		};
	}

	private static String gap(String op, long count, long bound, String unit, String units) {
		boolean atLeast = op.startsWith(">");
		long distance = atLeast ? count - bound : bound - count;
		if (distance >= 0) {
			return distance == 0 ? "exactly " + (atLeast ? "the least" : "the most") + " that passes"
					: Phrases.plural(distance, unit, units) + " to spare";
		}
		return Phrases.plural(-distance, unit, units) + (atLeast ? " short" : " too many");
	}

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

	private static Condition condition(String text, boolean met) {
		return new Condition(text, met, null, null, null, null, null, List.of());
	}
}
