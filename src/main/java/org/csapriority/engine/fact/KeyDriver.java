package org.csapriority.engine.fact;

/** A piece of evidence behind one of an aim's focus areas; notes are listed but do not drive the aim. */
public record KeyDriver(String aimId, String candidateId, Signal signal, boolean note) {
}
