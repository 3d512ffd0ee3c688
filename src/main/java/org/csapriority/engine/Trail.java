package org.csapriority.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csapriority.engine.Derivations.Derived;
import org.csapriority.engine.ResultBuilder.Decided;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.FocusArea;
import org.csapriority.engine.fact.KeyDriver;
import org.csapriority.engine.fact.Proposal;
import org.csapriority.engine.fact.Signal;
import org.csapriority.engine.fact.StrategicAim;
import org.csapriority.engine.fact.Unassigned;

/** The settled conclusions of one session, indexed once for building the result. */
final class Trail {

	private static final Comparator<Derived> BY_DRIVER_THEN_RULE = Comparator
		.comparing((Derived d) -> ((Signal) d.fact()).driver());

	private final RuleBase rules;

	private final List<Derived> derived;

	private final List<StrategicAim> aims;

	private final Map<String, List<Derived>> signals = new HashMap<>();

	private final Map<String, List<Derived>> proposals = new HashMap<>();

	private final Map<String, List<String>> aimsByCandidate = new HashMap<>();

	private final Map<String, List<Derived>> keyDrivers = new HashMap<>();

	private final Map<Signal, String> signalRules = new java.util.IdentityHashMap<>();

	private final Map<String, Derived> unassigned = new HashMap<>();

	Trail(RuleBase rules, List<Derived> derived, List<StrategicAim> aims) {
		this.rules = rules;
		this.derived = derived;
		this.aims = aims;
		for (Derived d : derived) {
			if (d.fact() instanceof Signal signal) {
				signals.computeIfAbsent(signal.candidateId(), k -> new ArrayList<>()).add(d);
				signalRules.put(signal, d.rule());
			}
			else if (d.fact() instanceof Proposal proposal) {
				proposals.computeIfAbsent(proposal.candidateId(), k -> new ArrayList<>()).add(d);
			}
			else if (d.fact() instanceof FocusArea focus) {
				List<String> ids = aimsByCandidate.computeIfAbsent(focus.candidateId(), k -> new ArrayList<>());
				if (!ids.contains(focus.aimId())) {
					ids.add(focus.aimId());
					ids.sort(null);
				}
			}
			else if (d.fact() instanceof KeyDriver driver) {
				keyDrivers.computeIfAbsent(driver.aimId(), k -> new ArrayList<>()).add(d);
			}
			else if (d.fact() instanceof Unassigned unassigned) {
				this.unassigned.putIfAbsent(unassigned.candidateId(), d);
			}
		}
		// working memory has no fixed order: sort so the same inputs always read the same
		signals.values().forEach(list -> list.sort(BY_DRIVER_THEN_RULE.thenComparing((Derived d) -> rule(d).ruleId())
			.thenComparing(d -> ((Signal) d.fact()).detail())));
		proposals.values().forEach(list -> list.sort(Comparator.comparing((Derived d) -> rule(d).ruleId())));
	}

	RuleInfo rule(Derived d) {
		return rules.rule(d.rule());
	}

	<T> List<T> all(Class<T> type) {
		return derived.stream().map(Derived::fact).filter(type::isInstance).map(type::cast).toList();
	}

	List<Derived> derivedOf(Class<?> type) {
		return derived.stream().filter(d -> type.isInstance(d.fact())).toList();
	}

	List<Signal> signals(String candidateId) {
		return signals.getOrDefault(candidateId, List.of()).stream().map(d -> (Signal) d.fact()).toList();
	}

	List<Derived> proposals(String candidateId) {
		return proposals.getOrDefault(candidateId, List.of());
	}

	List<String> aimsOf(String candidateId) {
		return aimsByCandidate.getOrDefault(candidateId, List.of());
	}

	List<String> aimNamesOf(String candidateId) {
		List<String> ids = aimsOf(candidateId);
		return aims.stream().filter(a -> ids.contains(a.id())).map(StrategicAim::name).toList();
	}

	List<Derived> keyDrivers(String aimId) {
		return keyDrivers.getOrDefault(aimId, List.of());
	}

	/** The flag raised when an adopted area is listed under no strategic aim, if it was. */
	Derived unassigned(String candidateId) {
		return unassigned.get(candidateId);
	}

	/** The rule that produced a signal. */
	String ruleOf(Signal signal) {
		return signalRules.get(signal);
	}

	/** The deciding proposals first, then the other proposals, then every signal, driver by driver. */
	List<Justification> justifications(String candidateId, Decided decided) {
		List<Justification> list = new ArrayList<>();
		decided.deciding().forEach(d -> list.add(decision(d)));
		List<Derived> others = new ArrayList<>(proposals(candidateId));
		others.removeAll(decided.deciding());
		others.sort(Comparator.comparing((Derived d) -> rule(d).ruleId()));
		others.forEach(d -> list.add(decision(d)));
		Derived flag = unassigned.get(candidateId);
		if (flag != null) {
			RuleInfo info = rule(flag);
			list.add(new Justification(info.ruleId(), info.name(), info.file(), info.statute(), DriverType.DECISION,
					"not-placed-under-an-aim", false, info.description(), List.of()));
		}
		signals.getOrDefault(candidateId, List.of()).forEach(d -> list.add(signal(d)));
		return list;
	}

	Justification signal(Derived d) {
		Signal signal = (Signal) d.fact();
		RuleInfo info = rule(d);
		String statute = signal.statute() != null ? signal.statute() : info.statute();
		return new Justification(info.ruleId(), info.name(), info.file(), statute, signal.driver(), signal.type(),
				signal.supportive(), signal.detail(), signal.evidence());
	}

	Justification decision(Derived d) {
		Proposal proposal = (Proposal) d.fact();
		RuleInfo info = rule(d);
		return new Justification(info.ruleId(), info.name(), info.file(), info.statute(), DriverType.DECISION,
				proposal.outcome().id(), true, info.description(), List.of());
	}
}
