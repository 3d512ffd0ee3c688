package org.csapriority.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up place names and issue names for synthetic counties, put together from parts so that a county of
 * hundreds of districts or issues still reads like one. No name is taken whole from a real county's papers.
 */
final class SyntheticNames {

	private static final List<String> PLACE_STARTS = List.of("Ash", "Bram", "Cal", "Dun", "Elm", "Fen", "Glen", "Hol",
			"Ivy", "Kes", "Lang", "Marl", "Nor", "Oak", "Pen", "Quen", "Rad", "Stan", "Thorn", "Ul", "Wey", "Wood", "Yar",
			"Brack");

	private static final List<String> PLACE_ENDS = List.of("bury", "ford", "ham", "ley", "mere", "ton", "wick", "vale",
			"field", "moor", "gate", "stead", "combe", "holme", "by", "worth");

	private static final Map<IssueKind, List<List<String>>> ISSUE_PARTS = new EnumMap<>(Map.of(
			IssueKind.HARM, List.of(
					List.of("Rural", "Coastal", "Online", "Town-centre", "Late-night", "Doorstep", "Organised", "Repeat",
							"Youth", "Seasonal", "Estate-based", "Roadside", "Riverside", "Campus", "Workplace", "Transport"),
					List.of("theft", "disorder", "assault", "arson", "vandalism", "harassment", "drug dealing",
							"intimidation", "sexual offending", "weapon carrying", "financial abuse", "property damage",
							"coercion")),
			IssueKind.ENABLER, List.of(
					List.of("Shared", "Joint", "Early", "Whole-family", "Restorative", "Data-led", "Neighbourhood", "Peer-led"),
					List.of("multi-agency panels", "case work", "support", "mentoring", "training", "outreach")),
			IssueKind.COHORT, List.of(
					List.of("Young", "Older", "Isolated", "Homeless", "Disabled", "Newly arrived", "Unpaid", "Bereaved"),
					List.of("residents", "carers", "adults", "families")),
			IssueKind.PLACE, List.of(
					List.of("Market", "Harbour", "Seaside", "Village", "Station", "Retail", "Hillside", "Canal-side"),
					List.of("towns", "quarters", "centres", "estates"))));

	private final Random random;

	private final Map<IssueKind, List<String>> unusedIssueNames = new EnumMap<>(IssueKind.class);

	private final Set<String> used = new HashSet<>();

	SyntheticNames(Random random) {
		this.random = random;
		ISSUE_PARTS.forEach((kind, parts) -> unusedIssueNames.put(kind, shuffled(combine(parts.get(0), parts.get(1), " "))));
	}

	/** {@code count} different district names; past the few hundred the parts give, names are numbered. */
	List<String> districts(int count) {
		List<String> names = shuffled(combine(PLACE_STARTS, PLACE_ENDS, ""));
		List<String> chosen = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = names.get(i % names.size());
			chosen.add(i < names.size() ? name : name + " " + (i / names.size() + 1));
		}
		return chosen;
	}

	String county() {
		return PLACE_STARTS.get(random.nextInt(PLACE_STARTS.size())) + PLACE_ENDS.get(random.nextInt(PLACE_ENDS.size()))
				+ "shire";
	}

	/** A name for an issue of this kind not given to another issue; numbered once the parts run out. */
	String issue(IssueKind kind) {
		List<String> unused = unusedIssueNames.get(kind);
		String name = unused.isEmpty() ? null : unused.remove(unused.size() - 1);
		for (int n = 2; name == null || !used.add(name); n++) {
			List<List<String>> parts = ISSUE_PARTS.get(kind);
			name = parts.get(0).get(random.nextInt(parts.get(0).size())) + " "
					+ parts.get(1).get(random.nextInt(parts.get(1).size())) + " " + n;
		}
		return name;
	}

	static String id(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private List<String> shuffled(List<String> names) {
		List<String> copy = new ArrayList<>(names);
		Collections.shuffle(copy, random);
		return copy;
	}

	/** Every start with every end. */
	private static List<String> combine(List<String> starts, List<String> ends, String between) {
		List<String> names = new ArrayList<>();
		for (String start : starts) {
			for (String end : ends) {
				names.add(start + between + end);
			}
		}
		return names;
	}
}
