package org.csapriority.sensitivity;

import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.Scenario;

/**
 * Monte Carlo robustness of a recommendation: draws plausible worlds around the stated inputs, re-assesses
 * each with the real engine, and aggregates outcomes and ranks as they stream in.
 */
public final class RobustnessAnalysis {

	/** Told how many samples are done, from any thread, at most a few hundred times per run. */
	@FunctionalInterface
	public interface Progress {
		void advanced(int done, int total);

		Progress NONE = (done, total) -> {
		};
	}

	private RobustnessAnalysis() {
	}

	/**
	 * Runs the analysis on {@code threads} threads (1 or more). Interrupting the calling thread stops it with
	 * a {@link java.util.concurrent.CancellationException}; nothing partial is returned.
	 *
	 * @throws org.csapriority.scenario.InvalidInputException when the policy's ranges or the scoring scheme's
	 *         confidence levels cannot be sampled, naming the file and field
	 */
	public static RobustnessResult run(Scenario scenario, RuleBase rules, RobustnessRequest request, int threads,
			Progress progress) {
		throw new UnsupportedOperationException("not yet");
	}
}
