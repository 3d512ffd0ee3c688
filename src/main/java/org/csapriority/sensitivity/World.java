package org.csapriority.sensitivity;

import org.csapriority.engine.Policy;
import org.csapriority.scenario.Scenario;

/** One plausible world: the scenario and the policy as drawn for a sample or a one-at-a-time setting. */
record World(Scenario scenario, Policy policy) {
}
