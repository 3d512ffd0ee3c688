package org.csapriority.engine;

/** A conclusion still standing when the rules settle, with the rule that reached it. */
public record Conclusion(Object fact, RuleInfo rule) {
}
