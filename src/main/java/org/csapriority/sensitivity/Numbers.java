package org.csapriority.sensitivity;

import java.math.BigDecimal;

/** Numbers written as a person would write them in a policy file: no trailing zeros, no exponent. */
final class Numbers {

	private Numbers() {
	}

	static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** Cut, not rounded, to one decimal: a share just under a label's line never prints as on it. */
	static String percent(double share) {
		return Math.floor(share * 1000 + 1e-9) / 10.0 + "%";
	}
}
