package org.csapriority.engine;

/** A rule as the catalogue and every justification show it, read from the rule's metadata. */
public record RuleInfo(String ruleId, String name, String file, String description, String statute, String driver) {
}
