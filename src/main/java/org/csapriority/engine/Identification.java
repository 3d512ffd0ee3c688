package org.csapriority.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.Evidence;
import org.csapriority.engine.fact.LocalIdentification;
import org.csapriority.scenario.BandDefinition;
import org.csapriority.scenario.DistrictAssessment;
import org.csapriority.scenario.IdentificationBand;
import org.csapriority.scenario.IdentificationCount;
import org.csapriority.scenario.IdentificationLevel;
import org.csapriority.scenario.NamedIssue;
import org.csapriority.scenario.Scenario;

/**
 * Rolls the district strategic assessments up to one candidate. Per-district returns, published
 * counts and published bands may all be present; the widest reading of each kind is kept, with
 * every item that contributed as evidence.
 */
final class Identification {

	private double share;

	private double standaloneShare;

	private final List<String> phrases = new ArrayList<>();

	private final List<Evidence> evidence = new ArrayList<>();

	private Identification() {
	}

	static LocalIdentification of(Candidate candidate, Scenario scenario, Policy policy) {
		Identification id = new Identification();
		int districts = scenario.districts().size();
		id.perDistrict(candidate, scenario, policy.standaloneLevels(), districts);
		for (IdentificationCount count : scenario.districtAssessments().counts()) {
			id.count(candidate, count, policy.standaloneLevels(), districts);
		}
		Map<String, Double> bands = new TreeMap<>();
		for (BandDefinition band : scenario.districtAssessments().bandDefinitions()) {
			bands.put(band.id(), band.share());
		}
		for (IdentificationBand band : scenario.districtAssessments().bands()) {
			id.band(candidate, band, bands, policy.standaloneLevels());
		}
		String detail = id.phrases.isEmpty() ? "no district strategic assessment names it"
				: String.join("; ", id.phrases);
		return new LocalIdentification(candidate.id(), districts, id.share, id.standaloneShare, detail,
				List.copyOf(id.evidence));
	}

	private void perDistrict(Candidate candidate, Scenario scenario, Set<IdentificationLevel> standalone, int districts) {
		int any = 0;
		int own = 0;
		for (DistrictAssessment assessment : scenario.districtAssessments().perDistrict()) {
			Set<IdentificationLevel> levels = EnumSet.noneOf(IdentificationLevel.class);
			for (NamedIssue named : assessment.named()) {
				if (candidate.issues().contains(named.issue())) {
					levels.add(named.level());
				}
			}
			if (!levels.isEmpty()) {
				any++;
				own += levels.stream().anyMatch(standalone::contains) ? 1 : 0;
				evidence.add(new Evidence("sa-" + assessment.district(), "district strategic assessment",
						assessment.district() + " names it as " + levels.stream().map(IdentificationLevel::label).toList(),
						assessment.source(), assessment.period(), assessment.district()));
			}
		}
		if (any > 0) {
			record(any / (double) districts, own / (double) districts);
			phrases.add("named by " + any + " of " + districts + " district strategic assessments, " + own
					+ " of them in its own right");
		}
	}

	private void count(Candidate candidate, IdentificationCount count, Set<IdentificationLevel> standalone, int districts) {
		boolean headline = anyOf(count.issues(), candidate);
		boolean inside = anyOf(count.includes(), candidate);
		if (!headline && !inside) {
			return;
		}
		int of = count.of() == null ? districts : count.of();
		double fraction = count.count() / (double) of;
		boolean own = headline && anyOf(count.levels(), standalone);
		record(fraction, own ? fraction : 0);
		String where = headline ? "" : " only as part of the broader theme";
		boolean mixed = headline && count.levels().stream().anyMatch(level -> !standalone.contains(level));
		phrases.add(count.count() + " of " + of + " district partnerships identify '" + count.label() + "'" + where
				+ (mixed ? " (a published count mixing " + count.levels().stream().map(IdentificationLevel::label).toList()
						+ ", read as the issue's own heading)" : ""));
		evidence.add(new Evidence("count-" + count.label(), "district count",
				count.count() + " of " + of + ": " + count.label(), count.source(), count.period(), null));
	}

	private void band(Candidate candidate, IdentificationBand band, Map<String, Double> shares,
			Set<IdentificationLevel> standalone) {
		if (!anyOf(band.issues(), candidate)) {
			return;
		}
		double fraction = shares.getOrDefault(band.band(), 0.0);
		boolean own = band.levels().isEmpty() || anyOf(band.levels(), standalone);
		record(fraction, own ? fraction : 0);
		phrases.add("'" + band.statement() + "' (" + band.band() + ", read as " + FactAssembler.percent(fraction)
				+ " of districts)");
		evidence.add(new Evidence("band-" + band.band(), "district band", band.statement(), band.source(),
				band.period(), null));
	}

	private static boolean anyOf(List<String> issues, Candidate candidate) {
		for (String issue : issues) {
			if (candidate.issues().contains(issue)) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyOf(List<IdentificationLevel> levels, Set<IdentificationLevel> standalone) {
		for (IdentificationLevel level : levels) {
			if (standalone.contains(level)) {
				return true;
			}
		}
		return false;
	}

	private void record(double any, double own) {
		share = Math.max(share, any);
		standaloneShare = Math.max(standaloneShare, own);
	}
}
