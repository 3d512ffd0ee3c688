package org.csapriority.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.csapriority.engine.Derivations.Derived;
import org.csapriority.engine.fact.AimStatus;
import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.FocusArea;
import org.csapriority.engine.fact.KeyDriver;
import org.csapriority.engine.fact.SupportingArea;
import org.csapriority.scenario.Aim;
import org.csapriority.scenario.Framework;
import org.csapriority.scenario.Scenario;

/** Builds each strategic aim's result from the focus areas and key drivers the aims rules derived. */
final class Aims {

	private Aims() {
	}

	static List<AimResult> results(Scenario scenario, Trail trail, Map<String, Candidate> candidates) {
		if (scenario.framework() != Framework.STRATEGIC_AIMS) {
			return List.of();
		}
		List<AimResult> results = new ArrayList<>();
		for (Aim aim : scenario.taxonomy().strategicAims()) {
			List<FocusArea> adopted = trail.all(FocusArea.class);
			List<SupportingArea> supports = trail.all(SupportingArea.class);
			List<AreaRef> focus = aim.focusAreas().stream()
				.filter(id -> adopted.contains(new FocusArea(aim.id(), id))).map(id -> ref(candidates.get(id))).toList();
			List<AreaRef> supporting = aim.supportingAreas().stream()
				.filter(id -> supports.contains(new SupportingArea(aim.id(), id))).map(id -> ref(candidates.get(id))).toList();
			String status = trail.all(AimStatus.class).stream().filter(s -> s.aimId().equals(aim.id()))
				.map(AimStatus::status).findFirst().orElse("not assessed");
			Map<DriverType, List<KeyDriverItem>> groups = new EnumMap<>(DriverType.class);
			List<KeyDriverItem> notes = new ArrayList<>();
			List<Derived> drivers = new ArrayList<>(trail.keyDrivers(aim.id()));
			drivers.sort(java.util.Comparator.comparing((Derived d) -> aim.focusAreas().indexOf(((KeyDriver) d.fact()).candidateId()))
				.thenComparing(d -> trail.ruleOf(((KeyDriver) d.fact()).signal()))
				.thenComparing(d -> ((KeyDriver) d.fact()).signal().detail()));
			for (Derived d : drivers) {
				KeyDriver driver = (KeyDriver) d.fact();
				Justification j = trail.signal(new Derived(driver.signal(), trail.ruleOf(driver.signal())));
				KeyDriverItem item = new KeyDriverItem(candidates.get(driver.candidateId()).name(), j.sentence(),
						j.ruleId(), j.statute(), j.evidence());
				if (driver.note()) {
					notes.add(item);
				}
				else {
					groups.computeIfAbsent(driver.signal().driver(), k -> new ArrayList<>()).add(item);
				}
			}
			List<KeyDriverGroup> keyDrivers = groups.entrySet().stream().filter(e -> e.getKey().isKeyDriver())
				.map(e -> new KeyDriverGroup(e.getKey(), e.getKey().label(), e.getValue())).toList();
			List<KeyDriverGroup> otherDrivers = groups.entrySet().stream().filter(e -> !e.getKey().isKeyDriver())
				.map(e -> new KeyDriverGroup(e.getKey(), e.getKey().label(), e.getValue())).toList();
			List<Justification> justifications = new ArrayList<>();
			trail.derivedOf(AimStatus.class).stream().filter(d -> ((AimStatus) d.fact()).aimId().equals(aim.id()))
				.forEach(d -> justifications.add(new Justification(trail.rule(d).ruleId(), trail.rule(d).name(),
						trail.rule(d).file(), trail.rule(d).statute(), DriverType.DECISION,
						((AimStatus) d.fact()).status(), true, trail.rule(d).description(), List.of())));
			results.add(new AimResult(aim.id(), aim.name(), status, focus, supporting, keyDrivers, otherDrivers, notes,
					justifications));
		}
		return results;
	}

	private static AreaRef ref(Candidate candidate) {
		return new AreaRef(candidate.id(), candidate.name());
	}
}
