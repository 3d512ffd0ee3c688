package org.csapriority.sensitivity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.junit.jupiter.api.Test;

import org.csapriority.engine.Placing;
import org.csapriority.engine.fact.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The integer tallies behind every share, and Kendall's tau read from them, checked against Commons Math. */
class TallyTest {

	private static List<Placing> ranking(int... ranks) {
		List<Placing> placings = new ArrayList<>();
		for (int i = 0; i < ranks.length; i++) {
			placings.add(new Placing("item-" + i, "Item " + i, Outcome.PRIORITY, ranks[i], 0));
		}
		return placings;
	}

	private static Map<String, Integer> index(List<Placing> stated) {
		Map<String, Integer> index = new HashMap<>();
		stated.forEach(p -> index.put(p.id(), p.rank() - 1));
		return index;
	}

	@Test
	void kendallsTauFromTheTallyAgreesWithCommonsMath() {
		int n = 12;
		int[] identity = new int[n];
		for (int i = 0; i < n; i++) {
			identity[i] = i + 1;
		}
		List<Placing> stated = ranking(identity);
		Random random = new Random(5);
		for (int trial = 0; trial < 50; trial++) {
			List<Integer> shuffled = new ArrayList<>();
			for (int i = 1; i <= n; i++) {
				shuffled.add(i);
			}
			Collections.shuffle(shuffled, random);
			Tally tally = new Tally(index(stated), stated);
			tally.add(ranking(shuffled.stream().mapToInt(Integer::intValue).toArray()));
			int d = 0;
			while (tally.discordant[d] == 0) {
				d++;
			}
			double tau = 1 - 2.0 * d / Tally.pairs(n);
			double[] x = new double[n];
			double[] y = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = i + 1;
				y[i] = shuffled.get(i);
			}
			assertThat(tau).isCloseTo(new KendallsCorrelation().correlation(x, y), within(1e-12));
		}
	}

	@Test
	void aReversedRankingIsAsFarAsRankingsGo() {
		List<Placing> stated = ranking(1, 2, 3, 4);
		Tally tally = new Tally(index(stated), stated);
		tally.add(ranking(4, 3, 2, 1));
		tally.add(ranking(1, 2, 3, 4));

		assertThat(tally.discordant[Tally.pairs(4)]).isEqualTo(1);
		assertThat(tally.discordant[0]).isEqualTo(1);
		assertThat(tally.matching).isEqualTo(1);
		assertThat(tally.ranks[0]).containsExactly(1, 0, 0, 1);
	}

	@Test
	void tallesMergedInAnyOrderGiveTheSameCounts() {
		List<Placing> stated = ranking(1, 2, 3);
		Tally a = new Tally(index(stated), stated);
		Tally b = new Tally(index(stated), stated);
		a.add(ranking(2, 1, 3));
		b.add(ranking(3, 2, 1));
		b.add(ranking(1, 2, 3));
		Tally ab = new Tally(index(stated), stated);
		ab.merge(a);
		ab.merge(b);
		Tally ba = new Tally(index(stated), stated);
		ba.merge(b);
		ba.merge(a);

		assertThat(ab.samples).isEqualTo(3).isEqualTo(ba.samples);
		assertThat(ab.discordant).containsExactly(ba.discordant);
		assertThat(ab.ranks).isDeepEqualTo(ba.ranks);
		assertThat(ab.outcomes).isDeepEqualTo(ba.outcomes);
	}

	@Test
	void theNearestRankQuantileIsTheSmallestValueWithThatShareAtOrBelow() {
		long[] counts = { 5, 0, 90, 5 };

		assertThat(Results.quantile(counts, 100, 0.05)).isEqualTo(0);
		assertThat(Results.quantile(counts, 100, 0.06)).isEqualTo(2);
		assertThat(Results.quantile(counts, 100, 0.95)).isEqualTo(2);
		assertThat(Results.quantile(counts, 100, 0.96)).isEqualTo(3);
	}
}
