package org.csapriority.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.csapriority.engine.Derivations.Derived;
import org.csapriority.engine.ResultBuilder.Decided;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.FocusArea;
import org.csapriority.engine.fact.KeyDriver;
import org.csapriority.engine.fact.Proposal;
import org.csapriority.engine.fact.Signal;
import org.csapriority.engine.fact.StrategicAim;

/** The settled conclusions of one session, indexed for building the result. */
final class Trail {

	private final RuleBase rules;

	private final List<Derived> derived;

	private final List<StrategicAim> aims;

	Trail(RuleBase rules, List<Derived> derived, List<StrategicAim> aims) {
		this.rules = rules;
		this.derived = derived;
		this.aims = aims;
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
		return all(Signal.class).stream().filter(s -> s.candidateId().equals(candidateId)).toList();
	}

	List<Derived> proposals(String candidateId) {
		return derivedOf(Proposal.class).stream()
			.filter(d -> ((Proposal) d.fact()).candidateId().equals(candidateId))
			.toList();
	}

	List<String> aimsOf(String candidateId) {
		return all(FocusArea.class).stream().filter(f -> f.candidateId().equals(candidateId))
			.map(FocusArea::aimId).distinct().sorted().toList();
	}

	List<String> aimNamesOf(String candidateId) {
		List<String> ids = aimsOf(candidateId);
		return aims.stream().filter(a -> ids.contains(a.id())).map(StrategicAim::name).toList();
	}

	List<Derived> keyDrivers(String aimId) {
		return derivedOf(KeyDriver.class).stream().filter(d -> ((KeyDriver) d.fact()).aimId().equals(aimId)).toList();
	}

	/** The deciding proposals first, then the other proposals, then every signal, driver by driver. */
	List<Justification> justifications(String candidateId, Decided decided) {
		List<Justification> list = new ArrayList<>();
		decided.deciding().forEach(d -> list.add(decision(d)));
		proposals(candidateId).stream().filter(d -> !decided.deciding().contains(d)).forEach(d -> list.add(decision(d)));
		derivedOf(Signal.class).stream()
			.filter(d -> ((Signal) d.fact()).candidateId().equals(candidateId))
			.sorted(Comparator.comparing((Derived d) -> ((Signal) d.fact()).driver())
				.thenComparing(d -> rule(d).ruleId()))
			.forEach(d -> list.add(signal(d)));
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
