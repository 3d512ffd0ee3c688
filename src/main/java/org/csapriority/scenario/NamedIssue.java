package org.csapriority.scenario;

public record NamedIssue(String issue, IdentificationLevel level) {
}
