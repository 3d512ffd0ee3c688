package org.csapriority.engine;

import org.csapriority.engine.fact.DriverType;

/** One driver's part of an item's score: the policy weight times the strongest supporting signal. */
public record DriverScore(DriverType driver, double weight, double strength, double points) {
}
