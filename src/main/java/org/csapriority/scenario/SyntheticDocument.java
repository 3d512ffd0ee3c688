package org.csapriority.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;

import static org.csapriority.scenario.SyntheticJson.array;
import static org.csapriority.scenario.SyntheticJson.object;

/** The made-up papers a synthetic county's evidence cites; their addresses are under the reserved .example domain. */
enum SyntheticDocument {

	PACK("wg-pack", "2026-01-14", "%s Community Safety Partnership working group pack: returns from the district strategic "
			+ "assessments 2025-26 and the agreement review paper"),
	ASSESSMENT("county-sa", "2025-12-05", "%s county strategic assessment 2025-26, with threat, risk and harm scoring"),
	HORIZON("horizon-scan", "2025-12-10", "%s community safety PESTELO horizon scan, December 2025"),
	PLAN("pcp", "2025-09-30", "%s Police and Crime Plan 2025-2029"),
	SURVEY("residents-survey", "2025-11-17", "%s Residents' Community Safety Survey 2025, headline report"),
	CRIME("crime-tables", "2025-07-24", "%s Police recorded crime tables, financial years 2020/21 to 2024/25"),
	LAW("legal-briefing", "2025-11-04", "Briefing for the %s partnership on statutory duties bearing on the agreement"),
	BODIES("county-bodies", "2025-06-02", "%s county partnerships, terms of reference"),
	PREVIOUS("previous-csa", "2025-04-01", "%s Community Safety Agreement 2025/26");

	private final String name;

	private final String published;

	private final String title;

	SyntheticDocument(String name, String published, String title) {
		this.name = name;
		this.published = published;
		this.title = title;
	}

	String id() {
		return "syn-" + name;
	}

	static ArrayNode catalogue(String county) {
		ArrayNode documents = array();
		for (SyntheticDocument d : values()) {
			documents.add(object().put("id", d.id()).put("title", d.title.formatted(county))
				.put("url", "https://" + SyntheticNames.id(county) + ".example/csp/" + d.name).put("published", d.published));
		}
		return documents;
	}
}
