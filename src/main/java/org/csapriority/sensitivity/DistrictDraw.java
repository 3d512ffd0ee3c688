package org.csapriority.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;

import org.csapriority.scenario.BandDefinition;
import org.csapriority.scenario.DistrictAssessment;
import org.csapriority.scenario.DistrictEvidence;
import org.csapriority.scenario.IdentificationBand;
import org.csapriority.scenario.IdentificationCount;
import org.csapriority.scenario.Scenario;

/**
 * Resamples the districts (a bootstrap): would the county picture hold if other districts had written the
 * assessments? Per-district returns are drawn with replacement. A published count "k of n" and a band read
 * as a share of the districts are the same bootstrap seen only through its total: the number of districts
 * naming the issue is drawn from Binomial(n, k/n). Each count and band is drawn on its own, since the
 * sources do not say which districts they counted.
 */
final class DistrictDraw {

	private final DistrictEvidence stated;

	private final int districts;

	private final Map<String, Double> bandShares = new TreeMap<>();

	/** How many districts name the issue of each count and band, as drawn; null where the number is certain. */
	private final BinomialDistribution[] countNamed;

	private final BinomialDistribution[] bandNamed;

	DistrictDraw(Scenario scenario) {
		this.stated = scenario.districtAssessments();
		this.districts = scenario.districts().size();
		stated.bandDefinitions().forEach(b -> bandShares.put(b.id(), b.share() == null ? 0.0 : b.share()));
		countNamed = stated.counts().stream().map(c -> binomial(over(c), share(c))).toArray(BinomialDistribution[]::new);
		bandNamed = stated.bands().stream().map(b -> binomial(districts, bandShares.getOrDefault(b.band(), 0.0)))
			.toArray(BinomialDistribution[]::new);
	}

	boolean varies() {
		return districts > 0 && (stated.perDistrict().size() > 1 || !stated.counts().isEmpty() || !stated.bands().isEmpty());
	}

	DistrictEvidence draw(UniformRandomProvider rng) {
		List<DistrictAssessment> returns = stated.perDistrict();
		if (returns.size() > 1) {
			List<DistrictAssessment> drawn = new ArrayList<>(returns.size());
			for (int i = 0; i < returns.size(); i++) {
				drawn.add(returns.get(rng.nextInt(returns.size())));
			}
			returns = drawn;
		}
		List<IdentificationCount> counts = new ArrayList<>(stated.counts().size());
		for (int i = 0; i < countNamed.length; i++) {
			IdentificationCount count = stated.counts().get(i);
			counts.add(withCount(count, named(countNamed[i], rng.nextDouble(), count.count())));
		}
		return withBands(returns, counts, rng);
	}

	/** Without one district's assessment: the county as if it had one district fewer. */
	List<DistrictAssessment> without(int index) {
		List<DistrictAssessment> fewer = new ArrayList<>(stated.perDistrict());
		fewer.remove(index);
		return fewer;
	}

	List<DistrictAssessment> returns() {
		return stated.perDistrict();
	}

	List<IdentificationCount> counts() {
		return stated.counts();
	}

	List<IdentificationBand> bands() {
		return stated.bands();
	}

	int districts() {
		return districts;
	}

	/** Count {@code index} at quantile {@code q} of its binomial, everything else as stated. */
	DistrictEvidence countEvidence(int index, double q) {
		List<IdentificationCount> counts = new ArrayList<>(stated.counts());
		IdentificationCount count = counts.get(index);
		counts.set(index, withCount(count, countAt(index, q)));
		return new DistrictEvidence(stated.perDistrict(), counts, stated.bands(), stated.bandDefinitions());
	}

	/** Band statement {@code index} at quantile {@code q} of its binomial, everything else as stated. */
	DistrictEvidence bandEvidence(int index, double q) {
		List<IdentificationBand> bands = new ArrayList<>(stated.bands());
		List<BandDefinition> definitions = new ArrayList<>(stated.bandDefinitions());
		IdentificationBand band = bands.get(index);
		String id = "drawn-" + index;
		definitions.add(new BandDefinition(id, bandAt(index, q) / (double) districts, "drawn"));
		bands.set(index, new IdentificationBand(band.issues(), id, band.levels(), band.statement(), band.period(), band.source()));
		return new DistrictEvidence(stated.perDistrict(), stated.counts(), bands, definitions);
	}

	/** How many districts name count {@code index}'s issue at quantile {@code q}. */
	int countAt(int index, double q) {
		return named(countNamed[index], q, stated.counts().get(index).count());
	}

	/** How many districts the band statement {@code index} covers at quantile {@code q}. */
	int bandAt(int index, double q) {
		IdentificationBand band = stated.bands().get(index);
		return named(bandNamed[index], q, (int) Math.round(bandShares.getOrDefault(band.band(), 0.0) * districts));
	}

	boolean countVaries(int index) {
		return countNamed[index] != null;
	}

	boolean bandVaries(int index) {
		return bandNamed[index] != null;
	}

	private DistrictEvidence withBands(List<DistrictAssessment> returns, List<IdentificationCount> counts,
			UniformRandomProvider rng) {
		if (stated.bands().isEmpty()) {
			return new DistrictEvidence(returns, counts, stated.bands(), stated.bandDefinitions());
		}
		List<IdentificationBand> bands = new ArrayList<>(stated.bands().size());
		List<BandDefinition> definitions = new ArrayList<>(stated.bandDefinitions());
		for (int i = 0; i < stated.bands().size(); i++) {
			IdentificationBand band = stated.bands().get(i);
			String id = "drawn-" + i;
			definitions.add(new BandDefinition(id, named(bandNamed[i], rng.nextDouble(),
					(int) Math.round(bandShares.getOrDefault(band.band(), 0.0) * districts)) / (double) districts, "drawn"));
			bands.add(new IdentificationBand(band.issues(), id, band.levels(), band.statement(), band.period(), band.source()));
		}
		return new DistrictEvidence(returns, counts, bands, definitions);
	}

	private int over(IdentificationCount count) {
		return count.of() == null ? districts : count.of();
	}

	private double share(IdentificationCount count) {
		int of = over(count);
		return of <= 0 || count.count() == null ? 0 : Math.min(1, count.count() / (double) of);
	}

	private static IdentificationCount withCount(IdentificationCount count, int drawn) {
		return new IdentificationCount(count.label(), count.issues(), count.includes(), drawn, count.of(), count.levels(),
				count.period(), count.source());
	}

	/** Null when every draw would give the same number: none or all of the districts. */
	private static BinomialDistribution binomial(int trials, double p) {
		return trials <= 0 || p <= 0 || p >= 1 ? null : BinomialDistribution.of(trials, p);
	}

	private static int named(BinomialDistribution drawn, double u, int stated) {
		return drawn == null ? stated : drawn.inverseCumulativeProbability(u);
	}
}
