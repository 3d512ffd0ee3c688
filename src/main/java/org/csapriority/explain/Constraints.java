package org.csapriority.explain;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.csapriority.engine.Policy;

/**
 * Reads one constraint of a rule's pattern as the rule file writes it ({@code standaloneShare >=
 * policy.threshold("district.broad-share")}, {@code kind == IssueKind.HARM}, {@code inForce || continuesDutyInForce})
 * and evaluates it on a fact, keeping each comparison with both sides' values so an account can say by how much it
 * missed. Only the forms the rule files use are read; anything else evaluates as unknown rather than guessed.
 */
final class Constraints {

	private Constraints() {
	}

	/** True, false, or not read: a form this reader does not know. */
	enum Truth {
		TRUE, FALSE, UNKNOWN;

		static Truth of(boolean value) {
			return value ? TRUE : FALSE;
		}
	}

	/** One comparison evaluated: the field (or bound value) compared, both sides' values and any policy key. */
	record Check(String text, Truth truth, String field, String op, Object value, Object against, String policyKey) {
	}

	/** A constraint evaluated: its truth and every comparison in it. */
	record Result(Truth truth, List<Check> checks) {
	}

	/** What a constraint can see: the fact it tests, the facts bound by earlier patterns, and the policy. */
	record Scope(Object fact, Map<String, Object> bindings, Policy policy) {
	}

	sealed interface Node permits Or, And, Not, Compare, Test, Bind, Unread {
	}

	record Or(List<Node> parts) implements Node {
	}

	record And(List<Node> parts) implements Node {
	}

	record Not(Node part) implements Node {
	}

	record Compare(String text, Operand left, String op, Operand right) implements Node {
	}

	/** A bare boolean field, such as {@code whole} or {@code supportive}. */
	record Test(String text, Operand value) implements Node {
	}

	/** {@code $d : driver}: binds a field's value for later patterns and accumulate functions; always true. */
	record Bind(String variable, String field) implements Node {
	}

	record Unread(String text) implements Node {
	}

	sealed interface Operand permits Field, Literal, Constant, PolicyValue, Reference {
	}

	record Field(String name) implements Operand {
	}

	record Literal(Object value) implements Operand {
	}

	/** {@code IssueKind.HARM}: compared with an enum by name. */
	record Constant(String type, String name) implements Operand {
	}

	/** {@code policy.threshold("key")} or {@code policy.strength("key")}. */
	record PolicyValue(String kind, String key) implements Operand {
	}

	/** {@code $c.id()} or {@code $drivers.size()}: a method of a bound value. */
	record Reference(String variable, String method) implements Operand {
	}

	private static final java.util.regex.Pattern COMPARISON = java.util.regex.Pattern
		.compile("^(.+?)\\s*(==|!=|>=|<=|>|<)\\s*(.+)$");

	private static final java.util.regex.Pattern POLICY = java.util.regex.Pattern
		.compile("^policy\\.(threshold|strength)\\(\\s*\"([^\"]+)\"\\s*\\)$");

	private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("^(\\$\\w+)\\.(\\w+)\\(\\s*\\)$");

	private static final java.util.regex.Pattern BINDING = java.util.regex.Pattern.compile("^(\\$\\w+)\\s*:\\s*(\\w+)$");

	private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("^[a-z]\\w*$");

	private static final java.util.regex.Pattern CONSTANT = java.util.regex.Pattern.compile("^([A-Z]\\w*)\\.([A-Z_][A-Z0-9_]*)$");

	static Node parse(String expression) {
		String text = expression.strip();
		List<String> or = split(text, "||");
		if (or.size() > 1) {
			return new Or(or.stream().map(Constraints::parse).toList());
		}
		List<String> and = split(text, "&&");
		if (and.size() > 1) {
			return new And(and.stream().map(Constraints::parse).toList());
		}
		if (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
			return parse(text.substring(1, text.length() - 1));
		}
		java.util.regex.Matcher binding = BINDING.matcher(text);
		if (binding.matches()) {
			return new Bind(binding.group(1), binding.group(2));
		}
		if (text.startsWith("!") && !text.startsWith("!=")) {
			return new Not(parse(text.substring(1)));
		}
		java.util.regex.Matcher comparison = COMPARISON.matcher(text);
		if (comparison.matches()) {
			Operand left = operand(comparison.group(1));
			Operand right = operand(comparison.group(3));
			return left == null || right == null ? new Unread(text) : new Compare(text, left, comparison.group(2), right);
		}
		Operand alone = operand(text);
		return alone instanceof Field ? new Test(text, alone) : new Unread(text);
	}

	private static Operand operand(String raw) {
		String text = raw.strip();
		if (text.equals("null")) {
			return new Literal(null);
		}
		if (text.equals("true") || text.equals("false")) {
			return new Literal(Boolean.valueOf(text));
		}
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			return new Literal(text.substring(1, text.length() - 1));
		}
		if (text.matches("-?\\d+(\\.\\d+)?")) {
			return new Literal(Double.valueOf(text));
		}
		java.util.regex.Matcher policy = POLICY.matcher(text);
		if (policy.matches()) {
			return new PolicyValue(policy.group(1), policy.group(2));
		}
		java.util.regex.Matcher reference = REFERENCE.matcher(text);
		if (reference.matches()) {
			return new Reference(reference.group(1), reference.group(2));
		}
		java.util.regex.Matcher constant = CONSTANT.matcher(text);
		if (constant.matches()) {
			return new Constant(constant.group(1), constant.group(2));
		}
		if (NAME.matcher(text).matches()) {
			return new Field(text);
		}
		return null;
	}

	static Result evaluate(Node node, Scope scope) {
		List<Check> checks = new ArrayList<>();
		Truth truth = eval(node, scope, checks);
		return new Result(truth, checks);
	}

	private static Truth eval(Node node, Scope scope, List<Check> checks) {
		if (node instanceof Or or) {
			Truth result = Truth.FALSE;
			for (Node part : or.parts()) {
				Truth t = eval(part, scope, checks);
				result = t == Truth.TRUE || result == Truth.TRUE ? Truth.TRUE
						: t == Truth.UNKNOWN || result == Truth.UNKNOWN ? Truth.UNKNOWN : Truth.FALSE;
			}
			return result;
		}
		if (node instanceof And and) {
			Truth result = Truth.TRUE;
			for (Node part : and.parts()) {
				Truth t = eval(part, scope, checks);
				result = t == Truth.FALSE || result == Truth.FALSE ? Truth.FALSE
						: t == Truth.UNKNOWN || result == Truth.UNKNOWN ? Truth.UNKNOWN : Truth.TRUE;
			}
			return result;
		}
		if (node instanceof Not not) {
			List<Check> inner = new ArrayList<>();
			Truth t = eval(not.part(), scope, inner);
			Truth negated = t == Truth.UNKNOWN ? Truth.UNKNOWN : Truth.of(t == Truth.FALSE);
			inner.forEach(c -> checks.add(new Check("!" + c.text(), negated, c.field(), "!", c.value(), c.against(), null)));
			return negated;
		}
		if (node instanceof Bind) {
			return Truth.TRUE;
		}
		if (node instanceof Test test) {
			Object value = value(test.value(), scope);
			Truth t = value instanceof Boolean b ? Truth.of(b) : Truth.UNKNOWN;
			checks.add(new Check(test.text(), t, ((Field) test.value()).name(), "is", value, true, null));
			return t;
		}
		if (node instanceof Compare compare) {
			Object left = value(compare.left(), scope);
			Object right = value(compare.right(), scope);
			Truth t = compare(left, compare.op(), right);
			left = resolved(left, right);
			right = resolved(right, left);
			String key = compare.right() instanceof PolicyValue p ? p.key() : compare.left() instanceof PolicyValue p ? p.key() : null;
			checks.add(new Check(compare.text(), t, name(compare.left()), compare.op(), left, right, key));
			return t;
		}
		checks.add(new Check(((Unread) node).text(), Truth.UNKNOWN, null, null, null, null, null));
		return Truth.UNKNOWN;
	}

	/** A constant compared with an enum, as that enum's own value (so its label can be shown). */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object resolved(Object value, Object other) {
		if (value instanceof Constant constant && other instanceof Enum<?> e) {
			for (Object known : e.getDeclaringClass().getEnumConstants()) {
				if (((Enum) known).name().equals(constant.name())) {
					return known;
				}
			}
		}
		return value;
	}

	private static String name(Operand operand) {
		if (operand instanceof Field f) {
			return f.name();
		}
		if (operand instanceof Reference r) {
			return r.variable() + "." + r.method();
		}
		return null;
	}

	/** The value an operand stands for in this scope; a value that cannot be read is {@link Unreadable}. */
	static Object value(Operand operand, Scope scope) {
		if (operand instanceof Literal literal) {
			return literal.value();
		}
		if (operand instanceof Constant constant) {
			return constant;
		}
		if (operand instanceof PolicyValue policy) {
			Double value = "threshold".equals(policy.kind()) ? scope.policy().thresholds().get(policy.key())
					: scope.policy().strengths().get(policy.key());
			return value == null ? Unreadable.VALUE : value;
		}
		if (operand instanceof Field field) {
			return component(scope.fact(), field.name());
		}
		Reference reference = (Reference) operand;
		Object bound = scope.bindings().get(reference.variable());
		if (bound == null && !scope.bindings().containsKey(reference.variable())) {
			return Unreadable.VALUE;
		}
		if (bound instanceof Collection<?> collection && "size".equals(reference.method())) {
			return collection.size();
		}
		return component(bound, reference.method());
	}

	/** Stands for a value this reader could not get; every comparison with it is unknown. */
	enum Unreadable {
		VALUE
	}

	/** A record component, or a no-argument method, of a fact. */
	static Object component(Object fact, String name) {
		if (fact == null) {
			return Unreadable.VALUE;
		}
		if (fact.getClass().isRecord()) {
			for (RecordComponent component : fact.getClass().getRecordComponents()) {
				if (component.getName().equals(name)) {
					return invoke(component.getAccessor(), fact);
				}
			}
		}
		try {
			return invoke(fact.getClass().getMethod(name), fact);
		}
		catch (NoSuchMethodException ex) {
			return Unreadable.VALUE;
		}
	}

	private static Object invoke(Method method, Object target) {
		try {
			return method.invoke(target);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return Unreadable.VALUE;
		}
	}

	private static Truth compare(Object left, String op, Object right) {
		if (left == Unreadable.VALUE || right == Unreadable.VALUE) {
			return Truth.UNKNOWN;
		}
		if (left instanceof Constant || right instanceof Constant) {
			Object value = left instanceof Constant ? right : left;
			Constant constant = (Constant) (left instanceof Constant ? left : right);
			if (!(value instanceof Enum<?> e) || !("==".equals(op) || "!=".equals(op))) {
				return value == null && ("==".equals(op) || "!=".equals(op)) ? Truth.of("!=".equals(op)) : Truth.UNKNOWN;
			}
			boolean same = e.name().equals(constant.name());
			return Truth.of("==".equals(op) == same);
		}
		if (left == null || right == null) {
			return switch (op) {
				case "==" -> Truth.of(left == right);
				case "!=" -> Truth.of(left != right);
				default -> Truth.FALSE;
			};
		}
		if (left instanceof Number a && right instanceof Number b) {
			int c = Double.compare(a.doubleValue(), b.doubleValue());
			return Truth.of(switch (op) {
				case "==" -> c == 0;
				case "!=" -> c != 0;
				case ">=" -> c >= 0;
				case "<=" -> c <= 0;
				case ">" -> c > 0;
				default -> c < 0;
			});
		}
		if ("==".equals(op) || "!=".equals(op)) {
			boolean same = Objects.equals(left, right) || left.toString().equals(right.toString());
			return Truth.of("==".equals(op) == same);
		}
		return Truth.UNKNOWN;
	}

	/** Splits on a top-level operator, outside quotes and brackets. */
	private static List<String> split(String text, String operator) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '(' || c == '[')) {
				depth++;
			}
			else if (!quoted && (c == ')' || c == ']')) {
				depth--;
			}
			else if (!quoted && depth == 0 && text.startsWith(operator, i)) {
				parts.add(text.substring(start, i));
				start = i + operator.length();
				i += operator.length() - 1;
			}
		}
		parts.add(text.substring(start));
		return parts;
	}

	private static boolean balanced(String text) {
		int depth = 0;
		for (char c : text.toCharArray()) {
			depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			if (depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}
}
