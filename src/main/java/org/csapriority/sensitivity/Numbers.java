package org.csapriority.sensitivity;

import java.math.BigDecimal;

/** Numbers written as a person would write them in a policy file: no trailing zeros, no exponent. */
final class Numbers {

	private Numbers() {
	}

	static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	static String percent(double share) {
		return Math.round(share * 1000) / 10.0 + "%";
	}
}
