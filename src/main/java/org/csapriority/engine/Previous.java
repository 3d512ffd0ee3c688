package org.csapriority.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.Evidence;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.engine.fact.PreviousStatus;
import org.csapriority.scenario.PreviousItem;
import org.csapriority.scenario.PreviousOutcome;
import org.csapriority.scenario.Scenario;

/** Finds what last year's agreement made of a candidate: the item with its id, else the one sharing most issues. */
final class Previous {

	record Item(PreviousItem item, Outcome form) {
	}

	private Previous() {
	}

	static List<Item> items(Scenario scenario) {
		PreviousOutcome previous = scenario.previousOutcome();
		List<Item> items = new ArrayList<>();
		if (previous != null) {
			previous.priorities().forEach(item -> items.add(new Item(item, Outcome.PRIORITY)));
			previous.crossCuttingThemes().forEach(item -> items.add(new Item(item, Outcome.CROSS_CUTTING_THEME)));
			previous.focusAreas().forEach(item -> items.add(new Item(item, Outcome.FOCUS_AREA)));
		}
		return items;
	}

	static Optional<Item> match(Candidate candidate, List<Item> items) {
		Optional<Item> same = items.stream().filter(i -> i.item().id().equals(candidate.id())).findFirst();
		if (same.isPresent()) {
			return same;
		}
		return items.stream()
			.filter(i -> shared(candidate, i.item()) > 0)
			.max(Comparator.comparingLong(i -> shared(candidate, i.item())));
	}

	static long shared(Candidate candidate, PreviousItem item) {
		long shared = 0;
		for (String issue : item.issues()) {
			if (candidate.issues().contains(issue)) {
				shared++;
			}
		}
		return shared;
	}

	static Optional<PreviousStatus> of(Candidate candidate, Scenario scenario) {
		return match(candidate, items(scenario)).map(found -> {
			boolean whole = found.item().id().equals(candidate.id()) || candidate.issues().containsAll(found.item().issues());
			String detail = "last year (" + scenario.previousOutcome().financialYear() + ") '" + found.item().name()
					+ "' was a " + found.form().label() + (whole ? "" : "; this item continues only part of it");
			return new PreviousStatus(candidate.id(), found.item().id(), found.item().name(), found.form(), whole,
					new Evidence("previous-" + found.item().id(), "last year's agreement", detail,
							scenario.previousOutcome().source(), scenario.previousOutcome().financialYear(), null));
		});
	}
}
