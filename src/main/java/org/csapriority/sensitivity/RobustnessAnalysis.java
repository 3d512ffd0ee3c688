package org.csapriority.sensitivity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.Placing;
import org.csapriority.engine.RuleBase;
import org.csapriority.scenario.Scenario;

/**
 * Monte Carlo robustness of a recommendation: draws plausible worlds around the stated inputs, re-assesses
 * each with the real engine, and aggregates outcomes and ranks as they stream in.
 */
public final class RobustnessAnalysis {

	/** Told how many samples are done, from any thread, a few hundred times per run at most. */
	@FunctionalInterface
	public interface Progress {
		void advanced(int done, int total);

		/**
		 * Told once the figures are complete and about to be recorded: from here the run can no longer be stopped.
		 * Throws {@link CancellationException} if it was stopped already, so that nothing is recorded.
		 */
		default void recording() {
		}

		Progress NONE = (done, total) -> {
		};
	}

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private RobustnessAnalysis() {
	}

	/**
	 * Runs the analysis on {@code threads} threads. Interrupting the calling thread stops it with a
	 * {@link CancellationException}; nothing partial is returned.
	 *
	 * @throws org.csapriority.scenario.InvalidInputException when the policy's ranges or the scoring scheme's
	 *         confidence levels cannot be sampled, naming the file and field
	 */
	public static RobustnessResult run(Scenario scenario, RuleBase rules, RobustnessRequest request, int threads,
			Progress progress) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, was " + threads);
		}
		RobustnessPolicy ranges = RobustnessPolicy.of(rules);
		SampleSpace space = new SampleSpace(scenario, rules.policy(), ranges, request.vary());
		List<Placing> stated = AssessmentEngine.placings(scenario, rules);
		Map<String, Integer> index = new HashMap<>();
		stated.forEach(p -> index.put(p.id(), p.rank() - 1));
		Tally tally = sample(space, rules, request, Math.min(threads, request.samples()), progress, index, stated);
		List<RobustnessResult.Tornado> tornado = Tornado.of(space.oneAtATime(), space.stated(), rules, stated,
				RobustnessAnalysis::stopIfAsked);
		return Results.of(scenario.id(), request, space, ranges.labels(), stated, tally, tornado);
	}

	private static void stopIfAsked() {
		if (Thread.currentThread().isInterrupted()) {
			throw new CancellationException("the robustness run was stopped before its one-at-a-time pass finished");
		}
	}

	/**
	 * Refuses, before any sampling, what a run could not sample: the policy's robustness section, the scoring
	 * scheme's confidence levels, the ranges as a what-if has moved them.
	 *
	 * @throws org.csapriority.scenario.InvalidInputException naming the file and field
	 */
	public static void check(Scenario scenario, RuleBase rules, RobustnessRequest request) {
		new SampleSpace(scenario, rules.policy(), RobustnessPolicy.of(rules), request.vary());
	}

	/** Sample {@code i}'s generator: a function of the seed and {@code i} alone, whichever thread draws it. */
	static UniformRandomProvider generator(long seed, long i) {
		long base = mix(seed);
		return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] { mix(base + (2 * i + 1) * GOLDEN),
				mix(base + (2 * i + 2) * GOLDEN) | 1 });
	}

	/** SplitMix64's finaliser: spreads nearby seeds over the whole state space. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static List<Placing> assess(World world, RuleBase rules) {
		RuleBase ruleBase = world.policy() == rules.policy() ? rules : rules.withPolicy(world.policy());
		return AssessmentEngine.placings(world.scenario(), ruleBase);
	}

	private static Tally sample(SampleSpace space, RuleBase rules, RobustnessRequest request, int threads,
			Progress progress, Map<String, Integer> index, List<Placing> stated) {
		int total = request.samples();
		// blocks small enough to share the work and report progress often, large enough to cost nothing
		int block = Math.max(16, total / 400);
		int blocks = (total + block - 1) / block;
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "robustness-sampler");
			thread.setDaemon(true);
			return thread;
		});
		List<Future<Tally>> workers = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					Tally mine = new Tally(index, stated);
					for (int b = next.getAndIncrement(); b < blocks && !stop.get(); b = next.getAndIncrement()) {
						int end = Math.min(total, (b + 1) * block);
						for (int i = b * block; i < end; i++) {
							// a stopped run gives its cores back within one sample
							if (stop.get() || Thread.currentThread().isInterrupted()) {
								return mine;
							}
							try {
								mine.add(assess(space.draw(generator(request.seed(), i)), rules));
							}
							catch (RuntimeException ex) {
								stop.set(true);
								throw new IllegalStateException("sample " + i + " of seed " + request.seed() + " could not be assessed: "
										+ ex.getMessage(), ex);
							}
						}
						progress.advanced(done.addAndGet(end - b * block), total);
					}
					return mine;
				}));
			}
			Tally tally = new Tally(index, stated);
			for (Future<Tally> worker : workers) {
				tally.merge(worker.get());
			}
			if (tally.samples != total) {
				// a worker stopped early: figures over fewer samples than asked for are not the run's figures
				throw new CancellationException("the robustness run was stopped after " + tally.samples + " of " + total + " samples");
			}
			return tally;
		}
		catch (InterruptedException ex) {
			stop.set(true);
			Thread.currentThread().interrupt();
			throw new CancellationException("the robustness run was stopped after " + done.get() + " of " + total + " samples");
		}
		catch (ExecutionException ex) {
			stop.set(true);
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}
}
