package org.csapriority.engine;

import java.util.List;

import org.csapriority.engine.fact.DriverType;

public record KeyDriverGroup(DriverType driver, String label, List<KeyDriverItem> items) {
}
