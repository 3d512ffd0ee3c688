package org.csapriority.engine.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Figures written as the papers write them: 4,168; +237; +6.03%. Built by hand rather than with
 * String.format, which costs more than the check itself on every assessment that raises a flag.
 */
final class NumberText {

	private NumberText() {
	}

	static String number(double value) {
		if (value == Math.rint(value)) {
			return grouped(Long.toString((long) value));
		}
		String plain = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
		int point = plain.indexOf('.');
		return grouped(plain.substring(0, point)) + plain.substring(point);
	}

	static String signed(double value) {
		return (value > 0 ? "+" : value < 0 ? "-" : "") + number(Math.abs(value));
	}

	static String percent(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
		return (rounded.signum() < 0 ? "" : "+") + rounded.toPlainString() + "%";
	}

	static String share(double share) {
		return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** "a, b and c". */
	static String and(List<String> parts) {
		if (parts.size() < 2) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	/** Digits with a comma every three from the right; a leading minus stays in front. */
	private static String grouped(String digits) {
		int start = digits.startsWith("-") ? 1 : 0;
		StringBuilder out = new StringBuilder(digits);
		for (int i = digits.length() - 3; i > start; i -= 3) {
			out.insert(i, ',');
		}
		return out.toString();
	}
}
