package org.csapriority.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csapriority.engine.Previous.Item;
import org.csapriority.engine.ResultBuilder.Decided;
import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.scenario.Scenario;

/**
 * Names each item's change against last year's agreement by comparing ids and issues, so that a
 * widened, renamed, split or merged priority is called what it is rather than "new".
 */
final class Changes {

	record Result(Change change, String note) {
	}

	private final List<Item> previous;

	private final List<Candidate> candidates;

	private final Map<String, Decided> decided;

	Changes(Scenario scenario, List<Candidate> candidates, Map<String, Decided> decided) {
		this.previous = Previous.items(scenario);
		this.candidates = candidates;
		this.decided = decided;
	}

	Result of(Candidate candidate) {
		if (previous.isEmpty()) {
			return new Result(Change.NONE, "no previous agreement given");
		}
		Outcome outcome = decided.get(candidate.id()).outcome();
		List<Item> overlapping = previous.stream()
			.filter(i -> i.item().id().equals(candidate.id()) || Previous.shared(candidate, i.item()) > 0)
			.toList();
		Optional<Item> base = Previous.match(candidate, previous);
		if (!outcome.isSelected()) {
			if (base.isEmpty()) {
				return new Result(Change.NONE, "not in last year's agreement");
			}
			if (outcome == Outcome.WITHIN_PRIORITY) {
				return new Result(Change.MOVED, "was '" + base.get().item().name() + "', now within another priority");
			}
			if (outcome == Outcome.REVIEW) {
				return new Result(Change.UNDER_REVIEW, "was the " + base.get().form().label() + " '"
						+ base.get().item().name() + "'; the working group decides whether to keep it");
			}
			return new Result(Change.DROPPED, "was the " + base.get().form().label() + " '" + base.get().item().name() + "'");
		}
		if (base.isEmpty()) {
			return new Result(Change.NEW, "not in last year's agreement");
		}
		boolean sameId = base.get().item().id().equals(candidate.id());
		if (overlapping.size() > 1) {
			return new Result(Change.MERGED, "brings together " + names(overlapping));
		}
		Item item = base.get();
		List<Candidate> successors = successors(item);
		if (!sameId && successors.size() > 1) {
			return new Result(Change.SPLIT, "split from '" + item.item().name() + "' with "
					+ successors.stream().filter(c -> c != candidate).map(Candidate::name).toList());
		}
		if (item.form() != outcome) {
			return new Result(Change.MOVED, "moved from " + item.form().label() + " '" + item.item().name() + "' to "
					+ outcome.label());
		}
		if (!item.item().name().equals(candidate.name())) {
			List<String> added = candidate.issues().stream().filter(i -> !item.item().issues().contains(i)).toList();
			return new Result(Change.RENAMED, "was '" + item.item().name() + "'"
					+ (added.isEmpty() ? "" : ", now also covering " + added));
		}
		return new Result(Change.RETAINED, "also in last year's agreement");
	}

	/** Last year's items that no candidate of this year continues, by id or by a shared issue. */
	List<DroppedItem> dropped() {
		List<DroppedItem> dropped = new ArrayList<>();
		for (Item item : previous) {
			if (successors(item).isEmpty() && candidates.stream().noneMatch(c -> c.id().equals(item.item().id())
					|| Previous.shared(c, item.item()) > 0)) {
				dropped.add(new DroppedItem(item.item().id(), item.item().name(), item.form().id(),
						"no area of this year's taxonomy continues it"));
			}
		}
		return dropped;
	}

	private List<Candidate> successors(Item item) {
		return candidates.stream()
			.filter(c -> decided.get(c.id()).outcome().isSelected())
			.filter(c -> c.id().equals(item.item().id()) || Previous.shared(c, item.item()) > 0)
			.toList();
	}

	private static String names(List<Item> items) {
		return items.stream().map(i -> "'" + i.item().name() + "'").toList().toString();
	}
}
