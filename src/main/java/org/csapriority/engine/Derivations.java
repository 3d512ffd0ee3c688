package org.csapriority.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Records which rule inserted each derived fact, so that every conclusion still standing when the
 * rules settle can be traced to the rule (and so the statute) behind it. One instance per session.
 */
final class Derivations extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

	record Derived(Object fact, String rule) {
	}

	private final Map<Object, String> origin = new IdentityHashMap<>();

	private final Set<String> fired = new LinkedHashSet<>();

	@Override
	public void objectInserted(ObjectInsertedEvent event) {
		if (event.getRule() != null) {
			origin.put(event.getObject(), event.getRule().getName());
		}
	}

	@Override
	public void objectUpdated(ObjectUpdatedEvent event) {
		// derived facts are immutable records: nothing to follow
	}

	@Override
	public void objectDeleted(ObjectDeletedEvent event) {
		origin.remove(event.getOldObject());
	}

	@Override
	public void afterMatchFired(AfterMatchFiredEvent event) {
		fired.add(event.getMatch().getRule().getName());
	}

	/** The derived facts in working memory once the rules have settled, each with its rule. */
	List<Derived> standing(KieSession session) {
		List<Derived> derived = new ArrayList<>();
		for (Object fact : session.getObjects()) {
			String rule = origin.get(fact);
			if (rule != null) {
				derived.add(new Derived(fact, rule));
			}
		}
		return derived;
	}

	Set<String> fired() {
		return fired;
	}
}
