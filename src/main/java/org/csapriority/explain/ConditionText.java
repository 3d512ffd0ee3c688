package org.csapriority.explain;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.csapriority.explain.Constraints.Check;
import org.csapriority.explain.Constraints.Node;
import org.csapriority.explain.Constraints.Truth;
import org.csapriority.explain.Why.Condition;

/**
 * A rule's condition in words, with what the item has and how far it is from passing: "at least 50% of districts
 * naming it in its own right (policy district.broad-share = 0.5): 3 of 12, 3 districts short". A share of districts
 * is also counted in districts when the fact says how many there are; a count of collected values (driver types
 * with supporting evidence) in whole units; any other number by its distance from the threshold.
 */
final class ConditionText {

	private ConditionText() {
	}

	/** The value an operand gives without a fact: a literal or a constant; anything else as its own name. */
	static Object given(Constraints.Operand operand) {
		if (operand instanceof Constraints.Literal l) {
			return l.value();
		}
		return operand instanceof Constraints.Constant c ? c : String.valueOf(operand);
	}

	/** A constraint in words without a fact to read: "outcome priority or cross cutting theme". */
	static String statically(String type, Node node) {
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

	static Condition acrossFacts(String type, Node node, List<Constraints.Result> results, int count) {
		Check first = results.get(0).checks().isEmpty() ? null : results.get(0).checks().get(0);
		String values = results.stream().flatMap(r -> r.checks().stream()).map(c -> Phrases.value(c.value())).distinct()
			.collect(Collectors.joining("; "));
		String wanted = first == null ? node.toString() : wanted(type, first);
		return condition(wanted + ": none of its " + count + " " + Phrases.fact(type).replace(" on it", "").replace(" naming it", "")
				.replace(" covering it", "").replace(" bearing on it", "") + "s has it (" + values + ")", false);
	}

	// ---- accumulate -------------------------------------------------------------------------------------------

	static Condition atom(String type, Node node, Constraints.Result result, Object fact) {
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
	static String wanted(String type, Check check) {
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
	static Condition numeric(String label, Check check, Object fact, boolean met, String unit, String units,
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

	static Condition equality(String label, Check check, Object fact, boolean met, double t, double v) {
		Object districts = fact == null ? null : Constraints.component(fact, "districts");
		boolean shareOfDistricts = districts instanceof Integer d && d > 0 && check.field() != null
				&& check.field().toLowerCase().endsWith("share");
		String wanted = shareOfDistricts ? Phrases.percent(t) + " of " + label : label + " " + Phrases.number(t);
		String have = shareOfDistricts ? Math.round(v * (Integer) districts) + " of " + districts : Phrases.number(v);
		String text = ("!=".equals(check.op()) ? "not " : "") + wanted + ": " + have;
		return new Condition(text, met, null, check.policyKey(), t, v, null, List.of());
	}

	/** The least (for at least / more than) or most (at most / less than) whole count that passes. */
	static long bound(String op, double limit) {
		double epsilon = 1e-9;
		return switch (op) {
			case ">=" -> (long) Math.ceil(limit - epsilon);
			case ">" -> (long) Math.floor(limit + epsilon) + 1;
			case "<=" -> (long) Math.floor(limit + epsilon);
			default -> (long) Math.ceil(limit - epsilon) - 1;
		};
	}

	static String gap(String op, long count, long bound, String unit, String units) {
		boolean atLeast = op.startsWith(">");
		long distance = atLeast ? count - bound : bound - count;
		if (distance >= 0) {
			return distance == 0 ? "exactly " + (atLeast ? "the least" : "the most") + " that passes"
					: Phrases.plural(distance, unit, units) + " to spare";
		}
		return Phrases.plural(-distance, unit, units) + (atLeast ? " short" : " too many");
	}

	static Condition condition(String text, boolean met) {
		return new Condition(text, met, null, null, null, null, null, List.of());
	}
}
