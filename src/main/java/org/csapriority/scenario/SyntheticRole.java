package org.csapriority.scenario;

import java.util.List;
import java.util.Random;

/**
 * The part an issue plays in a synthetic county: which evidence it is given, and so which decision route
 * the rules should take for it. Each role names the route it is built for; the rules, not this class, decide.
 */
enum SyntheticRole {

	/** Named in its own right by more than half the districts (DEC-001). */
	BROAD_PROBLEM(12),
	/** A way of working most districts name as a theme (DEC-002). */
	BROAD_ENABLER(5),
	/** A duty in force on the partnership, few districts (DEC-003). */
	PARTNERSHIP_DUTY(4),
	/** A duty in force on the partnership for a way of working (DEC-004). */
	DUTY_ENABLER(2),
	/** A high threat, risk and harm score, few districts (DEC-005). */
	HIGH_HARM(6),
	/** In the Police and Crime Plan and led by a county body, rarely named (DEC-006). */
	PLAN_AND_LEAD(3),
	/** A national strategy, the Plan and public concern, named only inside broader themes (DEC-007). */
	NATIONAL_AND_PUBLIC(3),
	/** Last year's priority with evidence still behind it (DEC-008). */
	RETAINED(8),
	/** Last year's priority whose evidence has fallen away (DEC-010). */
	FADED(4),
	/** Horizon scanning only, no district names it (DEC-011). */
	EMERGING(6),
	/** A group of people or a kind of place inside a broadly named problem (DEC-012). */
	WITHIN(8),
	/** Named by a third to a half of the districts, nothing else behind it (DEC-013). */
	SOME_NAMING(14),
	/** Named by a few districts (DEC-013). */
	RARELY_NAMED(22),
	/** A duty that binds each authority, not the partnership (DEC-013 with STAT-002). */
	AUTHORITY_DUTY(3);

	/** Every route once, in this order, before any role is drawn at random: small counties still take them all. */
	static final List<SyntheticRole> FIRST = List.of(BROAD_PROBLEM, FADED, EMERGING, WITHIN, BROAD_ENABLER, SOME_NAMING,
			HIGH_HARM, PARTNERSHIP_DUTY, PLAN_AND_LEAD, NATIONAL_AND_PUBLIC, RETAINED, AUTHORITY_DUTY, DUTY_ENABLER,
			RARELY_NAMED);

	/** How often, in a hundred, the role is drawn once every route has been taken. */
	private final int weight;

	SyntheticRole(int weight) {
		this.weight = weight;
	}

	static SyntheticRole draw(Random random) {
		int total = 0;
		for (SyntheticRole role : values()) {
			total += role.weight;
		}
		int pick = random.nextInt(total);
		for (SyntheticRole role : values()) {
			pick -= role.weight;
			if (pick < 0) {
				return role;
			}
		}
		throw new IllegalStateException("weights changed while drawing");
	}

	/** The evidence of these roles carries the item into the agreement, so any further evidence is harmless. */
	boolean adopted() {
		return switch (this) {
			case BROAD_PROBLEM, BROAD_ENABLER, PARTNERSHIP_DUTY, DUTY_ENABLER, HIGH_HARM, PLAN_AND_LEAD, NATIONAL_AND_PUBLIC,
					RETAINED -> true;
			default -> false;
		};
	}

	IssueKind kind(Random random) {
		return switch (this) {
			case BROAD_ENABLER, DUTY_ENABLER -> IssueKind.ENABLER;
			case WITHIN -> random.nextBoolean() ? IssueKind.COHORT : IssueKind.PLACE;
			case RARELY_NAMED -> List.of(IssueKind.HARM, IssueKind.HARM, IssueKind.ENABLER, IssueKind.COHORT, IssueKind.PLACE)
				.get(random.nextInt(5));
			default -> IssueKind.HARM;
		};
	}
}
