package org.csapriority.scenario;

/**
 * A departure the working group proposes from what the evidence alone would give: dropping an item or
 * making one a priority. The reason is required, because scrutiny expects every departure from a
 * recommendation to be explained.
 */
public record WorkingGroupDecision(String item, WorkingGroupAction decision, String reason, Source source) {
}
