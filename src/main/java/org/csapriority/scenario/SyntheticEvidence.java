package org.csapriority.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.csapriority.scenario.SyntheticJson.array;
import static org.csapriority.scenario.SyntheticJson.object;
import static org.csapriority.scenario.SyntheticJson.source;
import static org.csapriority.scenario.SyntheticJson.strings;

/**
 * What a synthetic county's horizon scan, Police and Crime Plan and county bodies say. Items whose role keeps them
 * out of the agreement get only evidence that gives them no route in: a funding change or new law at most, never
 * a national strategy, a plan priority with a county lead, or anything at all for last year's faded priority.
 */
final class SyntheticEvidence {

	private static final List<String> EMERGING_CATEGORIES = List.of("social", "technological", "environmental", "economic");

	private static final List<String> PILLARS = List.of("Safer streets and places", "Protecting people from harm",
			"Tackling crime and its causes");

	private final Random random;

	private final List<SyntheticIssue> issues;

	private final String county;

	SyntheticEvidence(Random random, List<SyntheticIssue> issues, String county) {
		this.random = random;
		this.issues = issues;
		this.county = county;
	}

	ArrayNode horizon() {
		ArrayNode items = array();
		List<SyntheticIssue> adopted = SyntheticIssue.matching(issues, i -> i.role().adopted());
		for (SyntheticIssue issue : issues) {
			switch (issue.role()) {
				case NATIONAL_AND_PUBLIC -> items.add(horizonItem(items.size(), "national-strategy", issue));
				case EMERGING -> {
					items.add(horizonItem(items.size(), "emerging-issue", issue));
					if (random.nextBoolean()) {
						items.add(horizonItem(items.size(), "upcoming-legislation", issue));
					}
				}
				case FADED -> {
				}
				default -> {
					if (issue.role().adopted() && random.nextInt(10) < 3) {
						String kind = List.of("national-strategy", "new-legislation", "funding-change").get(random.nextInt(3));
						ObjectNode item = horizonItem(items.size(), kind, issue);
						// a strategy or law often names a second problem the agreement already takes up
						if (random.nextInt(5) == 0) {
							SyntheticIssue other = adopted.get(random.nextInt(adopted.size()));
							if (!other.id().equals(issue.id())) {
								((ArrayNode) item.get("issues")).add(other.id());
							}
						}
						items.add(item);
					}
					else if (!issue.role().adopted() && random.nextInt(10) == 0) {
						items.add(horizonItem(items.size(), random.nextBoolean() ? "funding-change" : "new-legislation", issue));
					}
				}
			}
		}
		return items;
	}

	private ObjectNode horizonItem(int index, String kind, SyntheticIssue issue) {
		String subject = lower(issue.name());
		String category = switch (kind) {
			case "national-strategy" -> "political";
			case "new-legislation", "upcoming-legislation" -> "legislation";
			case "funding-change" -> "economic";
			default -> EMERGING_CATEGORIES.get(random.nextInt(EMERGING_CATEGORIES.size()));
		};
		String text = switch (kind) {
			case "national-strategy" -> "Government strategy committing every area to " + (issue.harm() ? "reduce " : "invest in ")
					+ subject;
			case "new-legislation" -> "New law in force giving partners further powers over " + subject;
			case "upcoming-legislation" -> "A bill before Parliament to strengthen the law on " + subject;
			case "funding-change" -> "National grant for work on " + subject + " confirmed for one more year only";
			default -> subject.substring(0, 1).toUpperCase(Locale.ROOT) + subject.substring(1)
					+ " reported as growing in several towns, with new methods seen";
		};
		String date = "2025-" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12));
		return object().put("id", "hs-" + (index + 1)).put("category", category).put("kind", kind).put("text", text)
			.<ObjectNode>set("issues", strings(List.of(issue.id()))).put("date", date)
			.set("source", source(SyntheticDocument.HORIZON.id(), category.substring(0, 1).toUpperCase(Locale.ROOT) + (index + 1)));
	}

	/**
	 * The Plan names the problems that need it for their route, some others the agreement takes up anyway, and
	 * one problem the agreement leaves out, so that regard to the Plan has an absence to explain.
	 */
	ObjectNode plan() {
		List<List<SyntheticIssue>> priorities = new ArrayList<>();
		List<SyntheticIssue> pairable = new ArrayList<>();
		for (SyntheticIssue issue : issues) {
			switch (issue.role()) {
				case PLAN_AND_LEAD, NATIONAL_AND_PUBLIC -> priorities.add(List.of(issue));
				case BROAD_PROBLEM, PARTNERSHIP_DUTY, HIGH_HARM, RETAINED -> {
					if (random.nextInt(10) < 4) {
						pairable.add(issue);
					}
				}
				default -> {
				}
			}
		}
		for (int i = 0; i < pairable.size(); i++) {
			boolean pair = i + 1 < pairable.size() && random.nextInt(10) < 3;
			priorities.add(pair ? List.of(pairable.get(i), pairable.get(++i)) : List.of(pairable.get(i)));
		}
		SyntheticIssue.having(issues, SyntheticRole.SOME_NAMING).stream().findFirst().ifPresent(i -> priorities.add(List.of(i)));
		ArrayNode nodes = array();
		for (int p = 0; p < priorities.size(); p++) {
			List<SyntheticIssue> covered = priorities.get(p);
			String text = "Reduce " + String.join(" and ", covered.stream().map(i -> lower(i.name())).toList())
					+ " and support the people it harms";
			nodes.add(object().put("id", "pcp-" + (p + 1)).put("text", text).put("pillar", PILLARS.get(p % PILLARS.size()))
				.<ObjectNode>set("issues", strings(covered.stream().map(SyntheticIssue::id).toList()))
				.set("source", source(SyntheticDocument.PLAN.id(), "p. " + (8 + p))));
		}
		return object().put("title", "Safer " + county + " Together: " + county + " Police and Crime Plan")
			.put("period", "April 2025 to March 2029").<ObjectNode>set("source", source(SyntheticDocument.PLAN.id(), "p. 7"))
			.set("priorities", nodes);
	}

	/** A county body leads each problem that needs one for its route, and a few the agreement takes up anyway. */
	ArrayNode countyArrangements() {
		ArrayNode bodies = array();
		for (SyntheticIssue issue : issues) {
			boolean needs = issue.role() == SyntheticRole.PLAN_AND_LEAD;
			if (needs || issue.role().adopted() && random.nextInt(10) == 0) {
				bodies.add(object().put("id", "lead-" + (bodies.size() + 1)).put("body", county + " " + issue.name() + " Partnership")
					.put("role", "lead").<ObjectNode>set("issues", strings(List.of(issue.id())))
					.set("source", source(SyntheticDocument.BODIES.id(), "section " + (bodies.size() + 1))));
			}
		}
		return bodies;
	}

	static String lower(String name) {
		return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
	}
}
