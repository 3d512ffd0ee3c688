package org.csapriority.report;

import java.util.Locale;

/** Numbers as the report prints them, the same in every locale. */
final class Fmt {

	private Fmt() {
	}

	static String two(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	static String three(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	static String percent(double share) {
		return Math.round(share * 100) + "%";
	}
}
