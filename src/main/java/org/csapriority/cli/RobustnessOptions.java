package org.csapriority.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Option;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.sensitivity.Uncertainty;

/** The options of a robustness run, shared by the commands that make one. */
class RobustnessOptions {

	@Option(names = "--samples", paramLabel = "N", description = "Plausible worlds to draw (robustness default: "
			+ RobustnessRequest.DEFAULT_SAMPLES + ").")
	Integer samples;

	@Option(names = "--seed", paramLabel = "S", description = "Seed of the draws: the same seed and samples give the same "
			+ "figures on any machine (default: a new seed, printed so that the run can be repeated).")
	Long seed;

	@Option(names = "--vary", paramLabel = "KINDS", split = ",", description = "Kinds of input to vary, of scores, districts, "
			+ "weights, thresholds (default: all).")
	List<String> vary;

	@Option(names = "--threads", paramLabel = "T", description = "Threads to sample on (default: every core); the figures "
			+ "do not depend on it.")
	Integer threads;

	/** Whether any option asks for a robustness run. */
	boolean given() {
		return samples != null || seed != null || vary != null;
	}

	RobustnessRequest request() {
		return new RobustnessRequest(samples != null ? samples : RobustnessRequest.DEFAULT_SAMPLES,
				seed != null ? seed : RobustnessRequest.newSeed(), kinds());
	}

	int threads() {
		int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
		if (workers < 1 || workers > 256) {
			throw new InvalidInputException(new InputProblem("--threads", 0, null, workers + " is not a thread count: give 1 to 256"));
		}
		return workers;
	}

	private Set<Uncertainty> kinds() {
		if (vary == null) {
			return EnumSet.allOf(Uncertainty.class);
		}
		if (vary.stream().allMatch(String::isBlank)) {
			throw new InvalidInputException(new InputProblem("--vary", 0, null, "names no kind of input; give one or more of "
					+ Uncertainty.ids() + ", or leave --vary out to vary them all"));
		}
		Set<Uncertainty> kinds = EnumSet.noneOf(Uncertainty.class);
		for (String id : vary) {
			if (id.isBlank()) {
				continue;
			}
			Uncertainty kind = Uncertainty.fromId(id.strip());
			if (kind == null) {
				throw new InvalidInputException(new InputProblem("--vary", 0, null, "'" + id + "' is not a kind of input; use "
						+ "one or more of " + Uncertainty.ids()));
			}
			kinds.add(kind);
		}
		return kinds;
	}
}
