package org.csapriority.scenario;

import java.math.BigDecimal;

/**
 * The change a source states between two figures, in its own words, so that it can be checked against
 * the figures. {@code value} is signed (negative for a fall) and kept as written, because its precision
 * says how it was rounded: 26 stands for anything from 25.5 to 26.5. {@code base} is given only where the
 * source says which figure it measured against; without it the earlier figure is taken, as usual.
 */
public record StatedChange(BigDecimal value, ChangeUnit unit, ChangeBase base, String text, Source source) {
}
