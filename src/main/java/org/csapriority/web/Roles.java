package org.csapriority.web;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may do what. An admin may do everything; the working group assesses, tries what-ifs and saves variants;
 * an auditor only reads: lists, assessments and explanations.
 */
final class Roles {

	static final String ADMIN = "ADMIN";

	static final String WORKING_GROUP = "WORKING_GROUP";

	static final String AUDITOR = "AUDITOR";

	private Roles() {
	}

	/** Whether the user has the role, directly or through one that implies it. */
	static boolean has(RoleHierarchy hierarchy, Authentication user, String role) {
		return hierarchy.getReachableGrantedAuthorities(user.getAuthorities()).stream()
			.map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals);
	}
}
