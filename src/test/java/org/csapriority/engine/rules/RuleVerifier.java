package org.csapriority.engine.rules;

import java.util.List;

import org.csapriority.TestRules;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.Conclusion;
import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.CommunityConcern;
import org.csapriority.engine.fact.CountyLead;
import org.csapriority.engine.fact.CrimeTrend;
import org.csapriority.engine.fact.DutyLink;
import org.csapriority.engine.fact.Evidence;
import org.csapriority.engine.fact.HarmAssessment;
import org.csapriority.engine.fact.HorizonLink;
import org.csapriority.engine.fact.LocalIdentification;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.engine.fact.PlanLink;
import org.csapriority.engine.fact.PreviousStatus;
import org.csapriority.engine.fact.Proposal;
import org.csapriority.engine.fact.Signal;
import org.csapriority.scenario.DutyBearer;
import org.csapriority.scenario.DutyEffect;
import org.csapriority.scenario.HorizonKind;
import org.csapriority.scenario.IssueKind;
import org.csapriority.scenario.PestelCategory;
import org.csapriority.scenario.Source;

/**
 * Fires the real rules over the smallest facts that tell a rule's story, in the way Timefold's
 * ConstraintVerifier tests one constraint, and reads back which rules concluded what.
 */
final class RuleVerifier {

	static final Evidence EVIDENCE = new Evidence("e1", "test", "test evidence", new Source("doc", "L1", null), null, null);

	private final List<Conclusion> conclusions;

	private RuleVerifier(List<Conclusion> conclusions) {
		this.conclusions = conclusions;
	}

	static RuleVerifier given(Object... facts) {
		return new RuleVerifier(AssessmentEngine.conclusions(TestRules.rules(), List.of(facts)));
	}

	List<String> ruleIds() {
		return conclusions.stream().map(c -> c.rule().ruleId()).distinct().sorted().toList();
	}

	List<Signal> signals() {
		return conclusions.stream().map(Conclusion::fact).filter(Signal.class::isInstance).map(Signal.class::cast).toList();
	}

	Signal signal(String type) {
		return signals().stream().filter(s -> s.type().equals(type)).findFirst().orElse(null);
	}

	List<Outcome> outcomes(String candidateId) {
		return conclusions.stream().map(Conclusion::fact).filter(Proposal.class::isInstance).map(Proposal.class::cast)
			.filter(p -> p.candidateId().equals(candidateId)).map(Proposal::outcome).distinct().toList();
	}

	List<Object> facts() {
		return conclusions.stream().map(Conclusion::fact).toList();
	}

	static Candidate candidate(String id, IssueKind kind) {
		return new Candidate(id, id, "priority-area", List.of(id), kind, null);
	}

	static Candidate within(String id, String host) {
		return new Candidate(id, id, "priority-area", List.of(id), IssueKind.PLACE, host);
	}

	static LocalIdentification named(String id, double share, double standaloneShare) {
		return new LocalIdentification(id, 12, share, standaloneShare, "named", List.of(EVIDENCE));
	}

	static HarmAssessment harm(String id, double score, String confidence) {
		return new HarmAssessment(id, score, "band", confidence, "scored", "harm", List.of(EVIDENCE));
	}

	static HorizonLink horizon(String id, HorizonKind kind) {
		return new HorizonLink(id, "h1", PestelCategory.POLITICAL, kind, "horizon", EVIDENCE);
	}

	static PlanLink plan(String id) {
		return new PlanLink(id, "p1", "plan priority", EVIDENCE);
	}

	static DutyLink duty(String id, DutyBearer bearer, DutyEffect effect, boolean inForce, boolean continues) {
		return new DutyLink(id, "d1", "Some Act 2000 s1", bearer, effect, inForce, continues, "duty", EVIDENCE);
	}

	static CountyLead lead(String id, String role) {
		return new CountyLead(id, "County partnership", role, "lead", EVIDENCE);
	}

	static CrimeTrend trend(String id, Double relativeChange, boolean comparable, Double share) {
		return new CrimeTrend(id, "s1", relativeChange == null ? 0 : 3, relativeChange, null, comparable, share, "trend",
				EVIDENCE);
	}

	static CommunityConcern concern(String id, Double share, String level) {
		return new CommunityConcern(id, "v1", share, level, "view", EVIDENCE);
	}

	static PreviousStatus previous(String id, Outcome form) {
		return new PreviousStatus(id, id, id, form, true, EVIDENCE);
	}
}
