package org.csapriority.engine.fact;

/** A candidate listed under an aim, as a focus area ("focus") or as a supporting area ("supporting"). */
public record AimMembership(String aimId, String candidateId, String role) {
}
