package org.csapriority.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as the report prints them, the same in every locale. */
final class Fmt {

	/** Decimal places a share may need before it reads faithfully; past this it is printed as it is. */
	private static final int MOST_PLACES = 2;

	private Fmt() {
	}

	static String one(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
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

	/** A count with thousands separated, e.g. 10,000. */
	static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** A threshold as a percentage with the places it has: 0.9 is 90%, 0.925 is 92.5%. */
	static String threshold(double share) {
		return BigDecimal.valueOf(share * 100).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
				+ "%";
	}

	/**
	 * A share as a whole percentage where that reads faithfully, with a place or two more where it would not: a
	 * share that is not exactly 0 or 1 never prints as 0% or 100%, and a share below one of the thresholds never
	 * prints as that threshold or above it (89.6% is not "90%" when 90% is the line between two labels).
	 */
	static String share(double share, double... thresholds) {
		for (int places = 0; places <= MOST_PLACES; places++) {
			BigDecimal shown = BigDecimal.valueOf(share * 100).setScale(places, RoundingMode.HALF_UP);
			double back = shown.doubleValue() / 100;
			boolean faithful = (share <= 0) == (back <= 0) && (share >= 1) == (back >= 1);
			for (double threshold : thresholds) {
				faithful &= (share >= threshold) == (back >= threshold);
			}
			if (faithful) {
				return shown.toPlainString() + "%";
			}
		}
		return BigDecimal.valueOf(share * 100).stripTrailingZeros().toPlainString() + "%";
	}
}
