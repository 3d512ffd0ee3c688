package org.csapriority.sensitivity;

/** A closed interval a weight or threshold may plausibly take. */
record Range(double low, double high) {

	boolean contains(double value) {
		return value >= low - 1e-12 && value <= high + 1e-12;
	}

	boolean isPoint() {
		return low == high;
	}

	double at(double u) {
		return low + (high - low) * u;
	}

	@Override
	public String toString() {
		return "uniform " + Numbers.plain(low) + " to " + Numbers.plain(high);
	}
}
