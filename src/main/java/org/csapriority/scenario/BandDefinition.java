package org.csapriority.scenario;

/** The share of districts a published phrase is taken to mean, stated so that it can be challenged. */
public record BandDefinition(String id, Double share, String meaning) {
}
