package org.csapriority.scenario;

import java.util.List;

/** Resident views: a survey share, or a recorded level of public concern where no share was published. */
public record CommunityView(String id, List<String> issues, String survey, String measure, Double share,
		String concern, String period, String geography, Source source) {

	public CommunityView {
		issues = issues == null ? List.of() : List.copyOf(issues);
	}
}
