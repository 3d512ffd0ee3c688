package org.csapriority.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.csapriority.engine.Derivations.Derived;
import org.csapriority.engine.fact.ComplianceFinding;
import org.csapriority.engine.fact.DistrictReturns;
import org.csapriority.engine.fact.Duty;
import org.csapriority.engine.fact.DutyLink;
import org.csapriority.engine.fact.Finding;
import org.csapriority.engine.fact.PlanCommitment;
import org.csapriority.engine.fact.PlanLink;
import org.csapriority.scenario.DutyBearer;

/**
 * Reads the compliance rules' findings into the published compliance section, one entry per duty and
 * per plan priority, each with the items concerned and a reason in plain English.
 */
final class ComplianceBuilder {

	private final Trail trail;

	private final Map<String, Recommendation> items = new LinkedHashMap<>();

	private final Map<String, String> aimNames = new LinkedHashMap<>();

	/** The input facts by type, read once: an assessment asks for the same few types many times. */
	private final Map<Class<?>, List<Object>> byType = new java.util.HashMap<>();

	private final List<ComplianceFinding> findings;

	private ComplianceBuilder(Trail trail, List<Object> facts, List<Recommendation> recommendations,
			List<AimResult> aims) {
		this.trail = trail;
		for (Object fact : facts) {
			byType.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(fact);
		}
		this.findings = trail.all(ComplianceFinding.class);
		recommendations.forEach(r -> items.put(r.id(), r));
		aims.forEach(a -> aimNames.put(a.id(), a.name()));
	}

	static Compliance build(Trail trail, List<Object> facts, List<Recommendation> recommendations,
			List<AimResult> aims) {
		return new ComplianceBuilder(trail, facts, recommendations, aims).build();
	}

	private Compliance build() {
		Map<String, List<Derived>> findings = new LinkedHashMap<>();
		for (Derived d : trail.derivedOf(ComplianceFinding.class)) {
			findings.computeIfAbsent(((ComplianceFinding) d.fact()).subject(), k -> new ArrayList<>()).add(d);
		}
		// stable order whatever working memory's: by rule id, then by the item the finding names
		findings.values().forEach(list -> list.sort(Comparator.comparing((Derived d) -> trail.rule(d).ruleId())
			.thenComparing(d -> String.valueOf(((ComplianceFinding) d.fact()).candidateId()))));
		List<DutyCompliance> duties = new ArrayList<>();
		for (Duty duty : all(Duty.class)) {
			List<Derived> found = findings.getOrDefault(duty.id(), List.of());
			if (!found.isEmpty()) {
				duties.add(duty(duty, found));
			}
		}
		duties.sort(Comparator.comparingInt((DutyCompliance d) -> order(d.finding())).thenComparing(DutyCompliance::citation));
		List<PlanRegard> plan = new ArrayList<>();
		for (PlanCommitment priority : all(PlanCommitment.class)) {
			List<Derived> found = findings.getOrDefault(priority.priorityId(), List.of());
			if (!found.isEmpty()) {
				plan.add(regard(priority, found));
			}
		}
		return new Compliance(duties, plan);
	}

	private DutyCompliance duty(Duty duty, List<Derived> found) {
		ComplianceFinding first = (ComplianceFinding) found.get(0).fact();
		RuleInfo rule = trail.rule(found.get(0));
		List<ItemRef> meeting = refs(found);
		List<ItemRef> linked = refs(linkedTo(duty.id()));
		String reason = switch (first.finding()) {
			case MET -> duty.checks() != null ? processMet(duty) : (duty.binding() ? "Met by " : "Not yet in force; already met by ")
					+ describe(meeting) + ".";
			case GAP -> duty.checks() != null ? processGap(duty) : dutyGap(duty, linked);
			case UPCOMING -> duty.checks() != null ? "Not yet in force: nothing is checked yet; prepare for it in the year ahead."
					: "Not yet in force, and nothing in the agreement covers " + String.join(", ", duty.issues())
					+ " yet: prepare for it in the year ahead" + (linked.isEmpty() ? "." : " (" + describe(linked) + ").");
			case NOTE -> (duty.bearer() == DutyBearer.COUNCIL ? "Binds the council" : "Binds each responsible authority")
					+ ", not the partnership: recorded, not required of the agreement"
					+ (linked.isEmpty() ? "." : "; relevant items: " + describe(linked) + ".");
			case CONTEXT -> "Shapes the partnership's work without requiring anything of the agreement"
					+ (linked.isEmpty() ? "." : "; relevant items: " + describe(linked) + ".");
			default -> rule.description();
		};
		return new DutyCompliance(duty.id(), duty.citation(), duty.requirement(), bearer(duty.bearer()),
				duty.status().label(), first.finding(), first.finding() == Finding.MET ? meeting : linked, reason,
				rule.ruleId(), rule.name(), duty.evidence().source());
	}

	private PlanRegard regard(PlanCommitment priority, List<Derived> found) {
		ComplianceFinding first = (ComplianceFinding) found.get(0).fact();
		RuleInfo rule = trail.rule(found.get(0));
		List<String> linked = all(PlanLink.class).stream().filter(l -> l.priorityId().equals(priority.priorityId()))
			.map(PlanLink::candidateId).distinct().toList();
		List<ItemRef> refs;
		String reason;
		if (first.finding() == Finding.COVERED) {
			refs = refs(found);
			reason = "Covered by " + describe(refs) + ".";
		}
		else {
			refs = linked.stream().map(this::ref).toList();
			reason = refs.isEmpty()
					? "No issue of the partnership's taxonomy is linked to it: it is left to the Police and Crime Plan."
					: "Not in the agreement: " + linked.stream().map(id -> items.get(id).summary())
						.collect(Collectors.joining(" "));
		}
		return new PlanRegard(priority.priorityId(), priority.text(), priority.pillar(), first.finding(), refs, reason,
				rule.ruleId(), rule.name(), priority.evidence().source());
	}

	private String dutyGap(Duty duty, List<ItemRef> linked) {
		if (linked.isEmpty()) {
			return "No area of the taxonomy holds " + String.join(", ", duty.issues())
					+ ": the agreement cannot show it meets the duty until one does.";
		}
		return "Binds the partnership " + (duty.inForce() ? "now" : "as it replaces a duty in force")
				+ ", but nothing in the agreement covers it: " + linked.stream().map(r -> items.get(r.id()).summary())
					.collect(Collectors.joining(" "));
	}

	private String processMet(Duty duty) {
		return switch (duty.checks()) {
			case EVERY_DISTRICT_ASSESSMENT -> "Drawn from " + returns().basis() + ".";
			case POLICE_AND_CRIME_PLAN_REGARD -> {
				List<PlanCommitment> plan = all(PlanCommitment.class);
				Set<String> coveredIds = new java.util.HashSet<>();
				findings.stream().filter(f -> f.finding() == Finding.COVERED).forEach(f -> coveredIds.add(f.subject()));
				long covered = plan.stream().filter(p -> coveredIds.contains(p.priorityId())).count();
				yield "Each of the plan's " + plan.size() + " priorities is covered (" + covered
						+ ") or its absence explained (" + (plan.size() - covered) + ").";
			}
		};
	}

	private String processGap(Duty duty) {
		return switch (duty.checks()) {
			case EVERY_DISTRICT_ASSESSMENT -> "The county agreement must draw on every district's strategic assessment; "
					+ "missing: " + String.join(", ", returns().missing()) + ".";
			case POLICE_AND_CRIME_PLAN_REGARD -> "No Police and Crime Plan priorities are in the evidence, so the "
					+ "agreement cannot show it had regard to them.";
		};
	}

	private DistrictReturns returns() {
		return all(DistrictReturns.class).get(0);
	}

	private List<String> linkedTo(String dutyId) {
		return all(DutyLink.class).stream().filter(l -> l.dutyId().equals(dutyId)).map(DutyLink::candidateId)
			.distinct().toList();
	}

	private List<ItemRef> refs(List<?> source) {
		Set<String> ids = new LinkedHashSet<>();
		for (Object o : source) {
			String id = o instanceof Derived d ? ((ComplianceFinding) d.fact()).candidateId() : (String) o;
			if (id != null) {
				ids.add(id);
			}
		}
		return ids.stream().map(this::ref).toList();
	}

	private ItemRef ref(String id) {
		Recommendation r = items.get(id);
		return new ItemRef(r.id(), r.name(), r.outcome().label(), r.within(),
				r.aims().stream().map(a -> aimNames.getOrDefault(a, a)).toList());
	}

	private static String describe(List<ItemRef> refs) {
		return refs.stream().map(ItemRef::describe).collect(Collectors.joining(", "));
	}

	@SuppressWarnings("unchecked")
	private <T> List<T> all(Class<T> type) {
		return (List<T>) byType.getOrDefault(type, List.of());
	}

	private static String bearer(DutyBearer bearer) {
		return switch (bearer) {
			case PARTNERSHIP -> "partnership";
			case EACH_AUTHORITY -> "each authority";
			case COUNCIL -> "council";
		};
	}

	/** Gaps first: they are what scrutiny needs to see. */
	private static int order(Finding finding) {
		return switch (finding) {
			case GAP -> 0;
			case UPCOMING -> 1;
			case MET -> 2;
			case NOTE -> 3;
			default -> 4;
		};
	}
}
