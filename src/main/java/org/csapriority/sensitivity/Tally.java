package org.csapriority.sensitivity;

import java.util.List;
import java.util.Map;

import org.csapriority.engine.Placing;
import org.csapriority.engine.fact.Outcome;

/**
 * Counts over the samples, kept as integers so that tallies from any number of threads add up to exactly
 * the same totals: outcomes and ranks per item, and the Kendall distance of each sample's ranking from the
 * stated one. Its size depends on the number of items, never on the number of samples.
 */
final class Tally {

	private final Map<String, Integer> index;

	private final int items;

	/** [item][outcome ordinal] */
	final long[][] outcomes;

	/** [item][rank - 1] */
	final long[][] ranks;

	/** [discordant pairs]: samples at each Kendall distance from the stated ranking. */
	final long[] discordant;

	long samples;

	long matching;

	private final int[] statedRanks;

	private final Outcome[] statedOutcomes;

	/** Scratch for one sample's ranks in the stated order: one tally belongs to one thread. */
	private final int[] order;

	Tally(Map<String, Integer> index, List<Placing> stated) {
		this.index = index;
		this.items = stated.size();
		this.outcomes = new long[items][Outcome.values().length];
		this.ranks = new long[items][items];
		this.discordant = new long[pairs(items) + 1];
		this.statedRanks = new int[items];
		this.statedOutcomes = new Outcome[items];
		this.order = new int[items];
		for (Placing p : stated) {
			statedRanks[index.get(p.id())] = p.rank();
			statedOutcomes[index.get(p.id())] = p.outcome();
		}
	}

	static int pairs(int items) {
		return items * (items - 1) / 2;
	}

	void add(List<Placing> sample) {
		boolean same = true;
		for (Placing p : sample) {
			int i = index.get(p.id());
			outcomes[i][p.outcome().ordinal()]++;
			ranks[i][p.rank() - 1]++;
			// the items are indexed in the stated ranking's order, so this lists the sample's ranks in that order
			order[statedRanks[i] - 1] = p.rank();
			same &= p.rank() == statedRanks[i] && p.outcome() == statedOutcomes[i];
		}
		int d = 0;
		for (int a = 0; a < items; a++) {
			for (int b = a + 1; b < items; b++) {
				if (order[a] > order[b]) {
					d++;
				}
			}
		}
		discordant[d]++;
		samples++;
		matching += same ? 1 : 0;
	}

	void merge(Tally other) {
		for (int i = 0; i < items; i++) {
			for (int o = 0; o < outcomes[i].length; o++) {
				outcomes[i][o] += other.outcomes[i][o];
			}
			for (int r = 0; r < items; r++) {
				ranks[i][r] += other.ranks[i][r];
			}
		}
		for (int d = 0; d < discordant.length; d++) {
			discordant[d] += other.discordant[d];
		}
		samples += other.samples;
		matching += other.matching;
	}
}
