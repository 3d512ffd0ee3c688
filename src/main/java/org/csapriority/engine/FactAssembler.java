package org.csapriority.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csapriority.engine.fact.AimMembership;
import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.CommunityConcern;
import org.csapriority.engine.fact.CountyLead;
import org.csapriority.engine.fact.DistrictReturns;
import org.csapriority.engine.fact.Duty;
import org.csapriority.engine.fact.DutyLink;
import org.csapriority.engine.fact.DutyStatus;
import org.csapriority.engine.fact.GroupDecision;
import org.csapriority.engine.fact.Evidence;
import org.csapriority.engine.fact.HorizonLink;
import org.csapriority.engine.fact.PlanCommitment;
import org.csapriority.engine.fact.PlanLink;
import org.csapriority.engine.fact.StrategicAim;
import org.csapriority.scenario.Aim;
import org.csapriority.scenario.Area;
import org.csapriority.scenario.CommunityView;
import org.csapriority.scenario.CountyArrangement;
import org.csapriority.scenario.DistrictEvidence;
import org.csapriority.scenario.IdentificationCount;
import org.csapriority.scenario.Framework;
import org.csapriority.scenario.HorizonItem;
import org.csapriority.scenario.Issue;
import org.csapriority.scenario.IssueKind;
import org.csapriority.scenario.PlanPriority;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.StatutoryDuty;
import org.csapriority.scenario.WorkingGroupDecision;

/**
 * Turns a scenario into the facts the rules reason over: one candidate per priority area or theme,
 * and each evidence item linked to every candidate that holds one of its issues. Only data shaping
 * happens here; every judgement is left to the rules.
 */
final class FactAssembler {

	private FactAssembler() {
	}

	/** {@code checks}: include the facts only the data-quality stage reads. */
	static List<Object> facts(Scenario scenario, Policy policy, boolean checks) {
		Map<String, Issue> issues = new LinkedHashMap<>();
		scenario.taxonomy().issues().forEach(issue -> issues.put(issue.id(), issue));
		List<Candidate> candidates = candidates(scenario, issues);
		Map<String, List<Candidate>> byIssue = new java.util.HashMap<>();
		for (Candidate candidate : candidates) {
			candidate.issues().forEach(issue -> byIssue.computeIfAbsent(issue, k -> new ArrayList<>()).add(candidate));
		}
		List<Object> facts = new ArrayList<>(candidates);
		if (checks) {
			facts.addAll(QualityFacts.of(scenario));
		}
		for (Candidate candidate : candidates) {
			facts.add(Identification.of(candidate, scenario, policy));
			Harm.of(candidate, scenario).ifPresent(facts::add);
			facts.addAll(Trends.of(candidate, scenario));
			Previous.of(candidate, scenario).ifPresent(facts::add);
		}
		for (HorizonItem item : scenario.horizonScanning()) {
			for (Candidate candidate : holding(byIssue, item.issues())) {
				facts.add(new HorizonLink(candidate.id(), item.id(), item.category(), item.kind(),
						label(item.category()) + ", " + label(item.kind()) + ": " + item.text(),
						new Evidence(item.id(), "horizon scanning", item.text(), item.source(), item.date(), null)));
			}
		}
		if (scenario.policeAndCrimePlan() != null) {
			String plan = scenario.policeAndCrimePlan().title();
			for (PlanPriority priority : scenario.policeAndCrimePlan().priorities()) {
				String detail = "'" + priority.text() + "' (" + plan + ", " + scenario.policeAndCrimePlan().period() + ")";
				facts.add(new PlanCommitment(priority.id(), priority.text(), priority.pillar(), priority.issues(),
						new Evidence(priority.id(), "Police and Crime Plan", detail, priority.source(),
								scenario.policeAndCrimePlan().period(), null)));
				for (Candidate candidate : holding(byIssue, priority.issues())) {
					facts.add(new PlanLink(candidate.id(), priority.id(), detail,
							new Evidence(priority.id(), "Police and Crime Plan", detail, priority.source(),
									scenario.policeAndCrimePlan().period(), null)));
				}
			}
		}
		for (StatutoryDuty duty : scenario.statutoryDuties()) {
			if (!duty.knownOn(scenario.effectiveFrom())) {
				continue;
			}
			boolean inForce = duty.inForceOn(scenario.effectiveFrom());
			boolean continues = !inForce && duty.succeeds() != null && scenario.statutoryDuties().stream()
				.anyMatch(d -> d.id().equals(duty.succeeds()) && d.inForceOn(scenario.effectiveFrom()));
			String detail = duty.citation() + (inForce ? "" : " (not yet in force)") + ": " + duty.requirement();
			Evidence evidence = new Evidence(duty.id(), "statutory duty", detail, duty.source(), null, null);
			facts.add(new Duty(duty.id(), duty.citation(), duty.requirement(), duty.bearer(), duty.effect(),
					inForce ? DutyStatus.IN_FORCE : continues ? DutyStatus.IN_TRANSITION : DutyStatus.UPCOMING,
					duty.checks(), duty.issues(), evidence));
			for (Candidate candidate : holding(byIssue, duty.issues())) {
				facts.add(new DutyLink(candidate.id(), duty.id(), duty.citation(), duty.bearer(), duty.effect(), inForce,
						continues, detail, evidence));
			}
		}
		for (CountyArrangement arrangement : scenario.countyArrangements()) {
			String detail = arrangement.body() + " (" + arrangement.role() + ")";
			for (Candidate candidate : holding(byIssue, arrangement.issues())) {
				facts.add(new CountyLead(candidate.id(), arrangement.body(), arrangement.role(), detail,
						new Evidence(arrangement.id(), "county arrangement", detail, arrangement.source(), null, null)));
			}
		}
		for (CommunityView view : scenario.communityViews()) {
			String detail = view.survey() + ": " + view.measure()
					+ (view.share() == null ? " (public concern " + view.concern() + ")" : " " + percent(view.share()));
			for (Candidate candidate : holding(byIssue, view.issues())) {
				facts.add(new CommunityConcern(candidate.id(), view.id(), view.share(), view.concern(), detail,
						new Evidence(view.id(), "community view", detail, view.source(), view.period(), view.geography())));
			}
		}
		facts.add(districtReturns(scenario));
		for (WorkingGroupDecision decision : scenario.workingGroupDecisions()) {
			String detail = "Working group decision to " + decision.decision().name().toLowerCase() + ": " + decision.reason();
			facts.add(new GroupDecision(decision.item(), decision.decision(), decision.reason(),
					new Evidence(decision.item(), "working group decision", detail, decision.source(), null, null)));
		}
		if (scenario.framework() == Framework.STRATEGIC_AIMS) {
			for (Aim aim : scenario.taxonomy().strategicAims()) {
				facts.add(new StrategicAim(aim.id(), aim.name()));
				aim.focusAreas().forEach(area -> facts.add(new AimMembership(aim.id(), area, "focus")));
				aim.supportingAreas().forEach(area -> facts.add(new AimMembership(aim.id(), area, "supporting")));
			}
		}
		return facts;
	}

	static List<Candidate> candidates(Scenario scenario, Map<String, Issue> issues) {
		List<Candidate> candidates = new ArrayList<>();
		for (Area area : scenario.taxonomy().priorityAreas()) {
			candidates.add(candidate(area, "priority-area", issues));
		}
		for (Area area : scenario.taxonomy().crossCuttingThemes()) {
			candidates.add(candidate(area, "cross-cutting-theme", issues));
		}
		return candidates;
	}

	private static Candidate candidate(Area area, String declaredAs, Map<String, Issue> issues) {
		Set<IssueKind> kinds = new LinkedHashSet<>();
		area.issues().forEach(id -> kinds.add(issues.get(id).kind()));
		// a harm anywhere makes the area a problem to tackle; otherwise an enabler makes it a way of working
		IssueKind kind = kinds.contains(IssueKind.HARM) ? IssueKind.HARM
				: kinds.contains(IssueKind.ENABLER) ? IssueKind.ENABLER : kinds.iterator().next();
		return new Candidate(area.id(), area.name(), declaredAs, area.issues(), kind, area.within());
	}

	/**
	 * Which districts' strategic assessments the evidence draws on. Per-district returns name their
	 * district; a published count says how many districts it is over; bands speak of all of them.
	 */
	static DistrictReturns districtReturns(Scenario scenario) {
		DistrictEvidence evidence = scenario.districtAssessments();
		int districts = scenario.districts().size();
		Evidence source = new Evidence("districts", "district strategic assessments",
				districts + " districts", scenario.districtsSource(), scenario.assessmentYear(), scenario.area());
		if (!evidence.perDistrict().isEmpty()) {
			Set<String> assessed = new java.util.HashSet<>();
			evidence.perDistrict().forEach(d -> assessed.add(d.district()));
			List<String> missing = scenario.districts().stream().filter(d -> !assessed.contains(d)).toList();
			return new DistrictReturns(districts, missing, "a strategic assessment from each district", source);
		}
		if (!evidence.counts().isEmpty()) {
			int over = evidence.counts().stream().filter(c -> c.of() != null).mapToInt(IdentificationCount::of).min()
				.orElse(0);
			List<String> missing = over >= districts ? List.of()
					: List.of((districts - over) + " of " + districts + " districts (the published counts are over " + over + ")");
			return new DistrictReturns(districts, missing, "published counts over " + over + " of " + districts
					+ " districts' assessments", source);
		}
		if (!evidence.bands().isEmpty()) {
			return new DistrictReturns(districts, List.of(), "published statements about all " + districts
					+ " districts' assessments", source);
		}
		return new DistrictReturns(districts, List.copyOf(scenario.districts()), "no district assessments in the evidence",
				source);
	}

	/** The candidates holding any of the issues, each once. */
	static Collection<Candidate> holding(Map<String, List<Candidate>> byIssue, Collection<String> issueIds) {
		if (issueIds.size() == 1) {
			return byIssue.getOrDefault(issueIds.iterator().next(), List.of());
		}
		Set<Candidate> holding = new LinkedHashSet<>();
		for (String issue : issueIds) {
			holding.addAll(byIssue.getOrDefault(issue, List.of()));
		}
		return holding;
	}

	static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	private static final Map<Enum<?>, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

	private static String label(Enum<?> constant) {
		return LABELS.computeIfAbsent(constant, c -> {
			String text = c.name().toLowerCase().replace('_', ' ');
			return Character.toUpperCase(text.charAt(0)) + text.substring(1);
		});
	}
}
