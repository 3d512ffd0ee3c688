package org.csapriority.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import org.csapriority.TestRules;
import org.csapriority.acceptance.Statutes.Statute;
import org.csapriority.engine.AimResult;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.DutyCompliance;
import org.csapriority.engine.ItemRef;
import org.csapriority.engine.Justification;
import org.csapriority.engine.PlanRegard;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.RuleInfo;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Finding;
import org.csapriority.engine.fact.Outcome;

/**
 * Steps of the statutory features: a made-up county described in the partnership's terms, assessed by
 * the real engine with the real rules, and checked on both the outcome and its justification.
 */
public class StatutorySteps {

	private County county;

	private Assessment assessment;

	/** The item or compliance entry the last Then step looked at: "the justification", "its reason". */
	private Recommendation item;

	private DutyCompliance entry;

	@ParameterType("[a-z][a-z' -]*[a-z]")
	public String issue(String name) {
		return name;
	}

	@ParameterType("(?:the )?[A-Z][A-Za-z,()' -]*? (?:Act|Regulations) \\d{4}(?: s\\d+)?")
	public Statute statute(String text) {
		return Statutes.named(text);
	}

	@ParameterType("as a main priority|as a cross-cutting theme|as core business|only inside a broader theme")
	public String level(String text) {
		return switch (text) {
			case "as a main priority" -> "main-priority";
			case "as a cross-cutting theme" -> "cross-cutting-theme";
			case "as core business" -> "core-business";
			default -> "part-of-broader-theme";
		};
	}

	@Given("a county of {int} districts agreeing priorities for {int}\\/{int}")
	public void countyWithPriorities(int districts, int from, int to) {
		county = new County(districts, from, false);
	}

	@Given("a county of {int} districts agreeing strategic aims for {int}\\/{int}")
	public void countyWithAims(int districts, int from, int to) {
		county = new County(districts, from, true);
	}

	@Given("the county agrees strategic aims rather than priorities")
	public void aimsRatherThanPriorities() {
		county.useAims();
	}

	@Given("the agreement is for {int}\\/{int}")
	public void agreementYear(int from, int to) {
		county.year(from);
	}

	@Given("{statute} applies to {issue}")
	public void appliesTo(Statute statute, String issue) {
		county.duty(statute.single(true), county.issue(issue));
	}

	@Given("{statute} applies")
	public void applies(Statute statute) {
		county.duty(statute.single(false), null);
	}

	@Given("{statute} is not yet in force")
	public void notYetInForce(Statute statute) {
		statute.ids().stream().filter(id -> county.duty(id) != null).forEach(county::notYetInForce);
	}

	@Given("{statute} comes into force when the agreement starts")
	public void comesIntoForce(Statute statute) {
		statute.ids().stream().filter(id -> county.duty(id) != null).forEach(county::inForce);
	}

	@Given("no district names {issue} in its strategic assessment")
	public void noDistrictNames(String issue) {
		county.name(county.issue(issue), null, 0);
	}

	@Given("{int} of the districts name {issue} {level}")
	public void districtsName(int count, String issue, String level) {
		county.name(county.issue(issue), level, count);
	}

	@Given("the county's areas no longer include one for {issue}")
	public void withoutArea(String issue) {
		county.withoutArea(county.issue(issue));
	}

	@Given("no strategic assessment has come in from {int} of the districts")
	public void missingAssessments(int missing) {
		county.withoutAssessments(missing);
	}

	@Given("the Police and Crime Plan has the priority {string} covering {issue}")
	public void planPriority(String text, String issue) {
		county.planPriority(text, county.issue(issue));
	}

	@Given("the Police and Crime Plan has the priority {string}, which concerns no issue of the partnership's")
	public void planPriorityOutsideRemit(String text) {
		county.planPriority(text, null);
	}

	@Given("last year's agreement had {issue} as a priority")
	public void lastYearPriority(String issue) {
		county.lastYear(county.issue(issue), "priorities");
	}

	@Given("the working group proposes to drop {issue} because {string}")
	public void proposesToDrop(String issue, String reason) {
		county.workingGroup(county.issue(issue), "drop", reason);
	}

	@Given("the working group decides to adopt {issue} because {string}")
	public void decidesToAdopt(String issue, String reason) {
		county.workingGroup(county.issue(issue), "prioritise", reason);
	}

	/** Each scenario's rules, in the Cucumber report: which rules a feature exercises. */
	@io.cucumber.java.After
	public void logRulesFired(io.cucumber.java.Scenario scenario) {
		if (assessment != null) {
			scenario.log("Rules fired: " + String.join(", ", assessment.rulesFired()));
		}
	}

	@When("the working group assesses the evidence")
	public void assess() {
		assessment = AssessmentEngine.assess(county.scenario(), TestRules.rules());
	}

	@Then("{issue} is covered")
	public void covered(String issue) {
		item = item(issue);
		assertThat(covered(item)).as("%s is covered: %s", issue, item.summary()).isTrue();
	}

	@Then("{issue} is not covered")
	public void notCovered(String issue) {
		item = item(issue);
		assertThat(covered(item)).as("%s is not covered: %s", issue, item.summary()).isFalse();
	}

	@Then("{issue} is a {outcome}")
	public void outcome(String issue, Outcome outcome) {
		item = item(issue);
		assertThat(item.outcome()).as(item.summary()).isEqualTo(outcome);
	}

	@Then("{issue} is on the watch list")
	public void watched(String issue) {
		outcome(issue, Outcome.WATCH_LIST);
	}

	@Then("the justification cites {statute}")
	public void cites(Statute statute) {
		assertThat(item.justifications()).as("justifications of %s", item.name())
			.anyMatch(j -> mentions(j, statute));
	}

	@Then("no justification treats {statute} as a duty on the partnership")
	public void notAPartnershipDuty(Statute statute) {
		assertThat(item.justifications()).as("justifications of %s", item.name())
			.noneMatch(j -> j.driver() == DriverType.STATUTORY_DUTY && j.supportive() && mentions(j, statute));
	}

	@Then("the rule that fired is {word}")
	public void ruleFired(String ruleId) {
		assertThat(TestRules.rules().catalogue()).extracting(RuleInfo::ruleId)
			.as("rule ids in rules/").contains(ruleId);
		List<String> fired = new ArrayList<>();
		if (entry != null) {
			fired.add(entry.ruleId());
		}
		else {
			item.justifications().forEach(j -> fired.add(j.ruleId()));
		}
		assertThat(fired).as("rules behind %s", entry != null ? entry.citation() : item.name()).contains(ruleId);
	}

	@Then("the compliance report shows {statute} met by {issue}")
	public void metBy(Statute statute, String issue) {
		entry = entry(statute, Finding.MET);
		assertThat(entry.items()).extracting(ItemRef::id).contains(county.issue(issue));
	}

	@Then("the compliance report shows {statute} as met")
	public void met(Statute statute) {
		entry = entry(statute, Finding.MET);
	}

	@Then("the compliance report shows {statute} as a gap")
	public void gap(Statute statute) {
		entry = entry(statute, Finding.GAP);
	}

	@Then("the compliance report shows {statute} as upcoming")
	public void upcoming(Statute statute) {
		entry = entry(statute, Finding.UPCOMING);
	}

	@Then("the compliance report notes {statute} as binding {word} {word}, not as a gap")
	public void note(Statute statute, String each, String who) {
		entry = entry(statute, Finding.NOTE);
		assertThat(entry.bearer()).isEqualTo("each".equals(each) ? "each " + who : who);
		assertThat(assessment.compliance().gaps()).extracting(DutyCompliance::id).doesNotContain(entry.id());
	}

	@Then("its reason says {string}")
	public void reasonSays(String text) {
		assertThat(entry.reason()).contains(text);
	}

	@Then("the compliance report shows no gaps")
	public void noGaps() {
		assertThat(assessment.compliance().gaps()).isEmpty();
	}

	@Then("every Police and Crime Plan priority is covered or its absence explained")
	public void everyPlanPriority() {
		List<PlanRegard> plan = assessment.compliance().policeAndCrimePlan();
		assertThat(plan).isNotEmpty();
		assertThat(plan).allSatisfy(p -> {
			assertThat(p.finding()).isIn(Finding.COVERED, Finding.EXPLAINED);
			assertThat(p.reason()).isNotBlank();
		});
	}

	@Then("the plan priority {string} is covered by {issue}")
	public void planCovered(String text, String issue) {
		PlanRegard regard = regard(text);
		assertThat(regard.finding()).isEqualTo(Finding.COVERED);
		assertThat(regard.items()).extracting(ItemRef::id).contains(county.issue(issue));
	}

	@Then("the plan priority {string} is explained: {string}")
	public void planExplained(String text, String reason) {
		PlanRegard regard = regard(text);
		assertThat(regard.finding()).isEqualTo(Finding.EXPLAINED);
		assertThat(regard.reason()).contains(reason);
	}

	@Then("the key drivers of the aim holding {issue} include {string}")
	public void keyDriver(String issue, String driver) {
		DriverType type = driver(driver);
		AimResult aim = aimHolding(issue);
		assertThat(aim.keyDrivers()).extracting(g -> g.driver()).contains(type);
	}

	@Then("the aim holding {issue} notes {statute} rather than listing it as a key driver")
	public void aimNote(String issue, Statute statute) {
		AimResult aim = aimHolding(issue);
		assertThat(aim.notes()).anyMatch(n -> n.statute() != null && n.statute().contains(statute.legislation()));
		assertThat(aim.keyDrivers()).flatExtracting(g -> g.items())
			.noneMatch(i -> i.statute() != null && i.statute().contains(statute.legislation()));
	}

	private static boolean mentions(Justification j, Statute statute) {
		return j.statute() != null && j.statute().contains(statute.legislation())
				|| j.evidence().stream().anyMatch(e -> statute.ids().contains(e.id()));
	}

	private boolean covered(Recommendation r) {
		if (r.outcome().isSelected()) {
			return true;
		}
		if (r.outcome() == Outcome.WITHIN_PRIORITY) {
			return assessment.recommendations().stream().anyMatch(h -> h.name().equals(r.within()) && h.outcome().isSelected());
		}
		return false;
	}

	private Recommendation item(String issue) {
		String id = county.issue(issue);
		Recommendation found = assessment.recommendation(id);
		assertThat(found).as("item %s in the assessment", id).isNotNull();
		entry = null;
		return found;
	}

	private DutyCompliance entry(Statute statute, Finding finding) {
		List<DutyCompliance> matching = assessment.compliance().duties().stream()
			.filter(d -> statute.ids().contains(d.id())).toList();
		assertThat(matching).as("compliance entries for %s", statute.text()).isNotEmpty();
		item = null;
		return matching.stream().filter(d -> d.finding() == finding).findFirst()
			.orElseThrow(() -> new AssertionError(statute.text() + " is not " + finding.id() + " but "
					+ matching.stream().map(d -> d.finding().id() + ": " + d.reason()).toList()));
	}

	private PlanRegard regard(String text) {
		return assessment.compliance().policeAndCrimePlan().stream().filter(p -> p.text().equals(text)).findFirst()
			.orElseThrow(() -> new AssertionError("no plan priority '" + text + "'"));
	}

	private AimResult aimHolding(String issue) {
		String id = county.issue(issue);
		return assessment.aims().stream().filter(a -> a.focusAreas().stream().anyMatch(f -> Objects.equals(f.id(), id)))
			.findFirst().orElseThrow(() -> new AssertionError("no aim holds " + issue + " as a focus area"));
	}

	private static DriverType driver(String label) {
		for (DriverType type : DriverType.values()) {
			if (type.label().equalsIgnoreCase(label) || type.id().equals(label)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown driver '" + label + "'; drivers are "
				+ java.util.Arrays.stream(DriverType.values()).map(DriverType::label).toList());
	}
}
