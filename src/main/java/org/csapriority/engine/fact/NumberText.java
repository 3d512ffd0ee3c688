package org.csapriority.engine.fact;

import java.util.List;
import java.util.Locale;

/** Figures written as the papers write them: 4,168; +237; +6.03%. */
final class NumberText {

	private NumberText() {
	}

	static String number(double value) {
		return value == Math.rint(value) ? String.format(Locale.UK, "%,d", (long) value)
				: String.format(Locale.UK, "%,.1f", value);
	}

	static String signed(double value) {
		return (value > 0 ? "+" : value < 0 ? "-" : "") + number(Math.abs(value));
	}

	static String percent(double value) {
		return String.format(Locale.UK, "%+.2f%%", value);
	}

	static String share(double share) {
		return String.format(Locale.UK, "%.1f%%", share * 100);
	}

	/** "a, b and c". */
	static String and(List<String> parts) {
		if (parts.size() < 2) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}
}
