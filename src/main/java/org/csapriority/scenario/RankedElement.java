package org.csapriority.scenario;

/** One line of a published threat/risk/harm rank order, linked to the taxonomy issue it concerns. */
public record RankedElement(Integer rank, String element, String issue, Source source) {
}
