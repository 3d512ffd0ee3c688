package org.csapriority.sensitivity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;

/**
 * How many plausible worlds to draw, from which seed, and which kinds of input vary in them. The seed
 * and the sample count fix the result: the same pair gives the same figures on any machine and any
 * number of threads.
 */
public record RobustnessRequest(int samples, long seed, Set<Uncertainty> vary) {

	/** Above this a run takes hours on a small machine and its figures move only in the fourth decimal. */
	public static final int MAX_SAMPLES = 1_000_000;

	public static final int DEFAULT_SAMPLES = 10_000;

	/**
	 * Seeds stay within what a double holds exactly (2^53 - 1 either way), so that a seed read by a web page or
	 * any JSON tool is the seed that ran.
	 */
	public static final long MAX_SEED = (1L << 53) - 1;

	public RobustnessRequest {
		vary = vary == null || vary.isEmpty() ? EnumSet.allOf(Uncertainty.class) : EnumSet.copyOf(vary);
		List<InputProblem> problems = new ArrayList<>();
		if (samples < 1) {
			problems.add(new InputProblem("robustness request", 0, "samples", samples + " is not a sample count: give at least 1"));
		}
		else if (samples > MAX_SAMPLES) {
			problems.add(new InputProblem("robustness request", 0, "samples", samples + " is more than the " + MAX_SAMPLES
					+ " samples a run may draw; 10,000 gives every share to within about 1 percentage point"));
		}
		if (seed > MAX_SEED || seed < -MAX_SEED) {
			problems.add(new InputProblem("robustness request", 0, "seed", seed + " is beyond the seeds a run takes: give a "
					+ "whole number between -" + MAX_SEED + " and " + MAX_SEED + ", which web pages and JSON read exactly"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		vary = Set.copyOf(vary);
	}

	/** A seed no one chose, within the seeds a run takes, to be printed so that the run can be repeated. */
	public static long newSeed() {
		return new java.security.SecureRandom().nextLong(MAX_SEED + 1);
	}

	public static RobustnessRequest of(int samples, long seed) {
		return new RobustnessRequest(samples, seed, EnumSet.allOf(Uncertainty.class));
	}
}
