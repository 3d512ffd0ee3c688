package org.csapriority.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.csapriority.scenario.SyntheticJson.array;
import static org.csapriority.scenario.SyntheticJson.object;
import static org.csapriority.scenario.SyntheticJson.source;
import static org.csapriority.scenario.SyntheticJson.strings;

/**
 * A made-up county of any size, with everything a working group weighs: each district's strategic assessment,
 * threat, risk and harm scores, a horizon scan, a Police and Crime Plan, county bodies, statutory duties, crime
 * figures, residents' views, last year's agreement and a few working-group decisions, under the strategic-aims
 * framework. Each issue is given the evidence of one decision route, so that a county of any size takes every
 * route and the rules have real work to do; how many districts name what, and the scores, are drawn at random.
 * The same sizes and seed always give the same county. The scenario is validated like any file.
 */
public final class SyntheticCounty {

	private static final List<String> AIMS = List.of("Safe and welcoming places, by day and by night",
			"Reducing violence, abuse and exploitation", "Protecting people at risk, at home and online",
			"Stronger, more resilient communities", "Preventing harm before it starts",
			"Safer roads, travel and public spaces", "Breaking cycles of offending",
			"Rural and coastal communities that feel safe");

	private SyntheticCounty() {
	}

	public static Scenario of(int districts, int issues, long seed) {
		return new ScenarioLoader().fromTree(name(districts, issues, seed), tree(districts, issues, seed));
	}

	/** The scenario's name: its sizes and seed, from which it can be made again. */
	public static String name(int districts, int issues, long seed) {
		return "synthetic-" + districts + "x" + issues + "-seed-" + seed;
	}

	/** The scenario as the tree a scenario file reads into, with nothing imported: the base a what-if changes. */
	public static ObjectNode tree(int districts, int issues, long seed) {
		if (districts < 1 || issues < 1) {
			throw new IllegalArgumentException("a county needs at least one district and one issue, not " + districts
					+ " and " + issues);
		}
		Random random = new Random(seed);
		SyntheticNames names = new SyntheticNames(random);
		String county = names.county();
		List<String> districtNames = names.districts(districts);
		List<SyntheticIssue> plan = SyntheticIssue.plan(issues, random, names);
		ObjectNode root = header(name(districts, issues, seed), county, districtNames);
		root.set("documents", SyntheticDocument.catalogue(county));
		root.set("taxonomy", taxonomy(plan, random));
		root.set("districtAssessments", new SyntheticReturns(random, districtNames).build(plan));
		root.set("threatRiskHarm", new SyntheticScores(random).build(plan, county));
		root.set("scoringScheme", SyntheticScores.scheme());
		SyntheticEvidence evidence = new SyntheticEvidence(random, plan, county);
		root.set("horizonScanning", evidence.horizon());
		root.set("policeAndCrimePlan", evidence.plan());
		root.set("countyArrangements", evidence.countyArrangements());
		root.set("statutoryDuties", new SyntheticLaw(random, plan).build());
		SyntheticFigures figures = new SyntheticFigures(random, plan, county, districts);
		root.set("crimeRates", figures.crimeRates());
		root.set("communityViews", figures.communityViews());
		root.set("comparisons", figures.comparisons());
		root.set("previousOutcome", previous(plan, random));
		root.set("workingGroupDecisions", decisions(plan));
		return root;
	}

	private static ObjectNode header(String id, String county, List<String> districts) {
		return object().put("id", id).put("area", county + " (synthetic)").put("partnership", county + " Community Safety Partnership")
			.put("assessmentYear", "2025-26").put("financialYear", "2026/27").put("framework", "strategic-aims")
			.<ObjectNode>set("districts", strings(districts))
			.set("districtsSource", source(SyntheticDocument.PACK.id(), "Annex A, p. 1"));
	}

	private static ObjectNode taxonomy(List<SyntheticIssue> plan, Random random) {
		ArrayNode issues = array();
		ArrayNode areas = array();
		ArrayNode themes = array();
		for (SyntheticIssue issue : plan) {
			issues.add(object().put("id", issue.id()).put("name", issue.name()).put("kind", issue.kind().name().toLowerCase()));
			ObjectNode area = object().put("id", issue.id()).put("name", issue.name()).set("issues", strings(List.of(issue.id())));
			if (issue.within() != null) {
				area.put("within", issue.within());
			}
			(issue.theme() ? themes : areas).add(area);
		}
		return object().<ObjectNode>set("issues", issues).<ObjectNode>set("priorityAreas", areas)
			.<ObjectNode>set("crossCuttingThemes", themes).set("strategicAims", aims(plan, random));
	}

	/**
	 * About one aim to eight areas, each area the focus of one aim and a few supporting another. In a county of ten
	 * or more issues one broadly named problem is left off every aim, for the working group to place.
	 */
	private static ArrayNode aims(List<SyntheticIssue> plan, Random random) {
		int count = Math.max(2, Math.min(AIMS.size(), Math.round(plan.size() / 8f)));
		List<List<String>> focus = new ArrayList<>();
		List<List<String>> supporting = new ArrayList<>();
		for (int a = 0; a < count; a++) {
			focus.add(new ArrayList<>());
			supporting.add(new ArrayList<>());
		}
		List<SyntheticIssue> broad = SyntheticIssue.having(plan, SyntheticRole.BROAD_PROBLEM);
		String unplaced = plan.size() >= 10 ? broad.get(random.nextInt(broad.size())).id() : null;
		List<SyntheticIssue> order = new ArrayList<>(plan);
		Collections.shuffle(order, random);
		for (int i = 0; i < order.size(); i++) {
			String id = order.get(i).id();
			if (id.equals(unplaced)) {
				continue;
			}
			focus.get(i % count).add(id);
			if (random.nextInt(10) == 0) {
				supporting.get((i + 1) % count).add(id);
			}
		}
		ArrayNode aims = array();
		for (int a = 0; a < count; a++) {
			aims.add(object().put("id", "aim-" + (a + 1)).put("name", AIMS.get(a))
				.put("description", "What the partnership will do together: " + AIMS.get(a).toLowerCase() + ".")
				.<ObjectNode>set("focusAreas", strings(focus.get(a))).<ObjectNode>set("supportingAreas", strings(supporting.get(a)))
				.set("source", source(SyntheticDocument.PACK.id(), "review paper, section 6." + (a + 1))));
		}
		return aims;
	}

	/**
	 * Last year's agreement, under the priorities framework: every priority kept or faded, about half the broadly
	 * named problems, duties and themes, and a quarter of the kept priorities under another name.
	 */
	private static ObjectNode previous(List<SyntheticIssue> plan, Random random) {
		ArrayNode priorities = array();
		ArrayNode themes = array();
		for (SyntheticIssue issue : plan) {
			SyntheticRole role = issue.role();
			boolean always = role == SyntheticRole.RETAINED || role == SyntheticRole.FADED;
			boolean sometimes = role == SyntheticRole.BROAD_PROBLEM || role == SyntheticRole.PARTNERSHIP_DUTY
					|| role == SyntheticRole.BROAD_ENABLER;
			if (!always && !(sometimes && random.nextBoolean())) {
				continue;
			}
			String name = role == SyntheticRole.RETAINED && random.nextInt(4) == 0 ? "Tackling " + SyntheticEvidence.lower(issue.name())
					: issue.name();
			ObjectNode item = object().put("id", issue.id()).put("name", name).set("issues", strings(List.of(issue.id())));
			(issue.theme() ? themes : priorities).add(item);
		}
		return object().put("financialYear", "2025/26").put("framework", "priorities")
			.<ObjectNode>set("source", source(SyntheticDocument.PREVIOUS.id(), "p. 4"))
			.<ObjectNode>set("priorities", priorities).set("crossCuttingThemes", themes);
	}

	/**
	 * The working group adopts one rarely named item, tries to drop a problem the law requires (refused), and,
	 * where several problems are broadly named, drops one that hosts nothing.
	 */
	private static ArrayNode decisions(List<SyntheticIssue> plan) {
		ArrayNode decisions = array();
		List<SyntheticIssue> rare = SyntheticIssue.having(plan, SyntheticRole.RARELY_NAMED);
		if (rare.size() >= 2) {
			decisions.add(decision(rare.get(0).id(), "prioritise", "Partners reported a sharp local rise since the assessments were written"));
		}
		SyntheticIssue.having(plan, SyntheticRole.PARTNERSHIP_DUTY).stream().findFirst().ifPresent(d -> decisions
			.add(decision(d.id(), "drop", "The working group thought the district partnerships already cover it")));
		List<SyntheticIssue> broad = SyntheticIssue.having(plan, SyntheticRole.BROAD_PROBLEM);
		if (broad.size() >= 3) {
			broad.stream().filter(b -> plan.stream().noneMatch(i -> b.id().equals(i.within()))).findFirst()
				.ifPresent(b -> decisions.add(decision(b.id(), "drop", "A county-wide programme already funds this work")));
		}
		return decisions;
	}

	private static ObjectNode decision(String item, String action, String reason) {
		return object().put("item", item).put("decision", action).put("reason", reason)
			.set("source", source(SyntheticDocument.PACK.id(), "minutes, item 4"));
	}
}
