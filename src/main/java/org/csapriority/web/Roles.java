package org.csapriority.web;

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
}
