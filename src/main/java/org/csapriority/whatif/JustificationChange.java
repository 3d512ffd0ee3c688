package org.csapriority.whatif;

/** A step of an item's trail that appeared or disappeared: the rule and the sentence it gave. */
public record JustificationChange(String ruleId, String ruleName, String sentence) {
}
