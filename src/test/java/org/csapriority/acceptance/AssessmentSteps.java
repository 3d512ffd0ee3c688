package org.csapriority.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import org.csapriority.TestRules;
import org.csapriority.engine.AimResult;
import org.csapriority.engine.AreaRef;
import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.Justification;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.scenario.Scenario;

public class AssessmentSteps {

	private Scenario scenario;

	private Assessment assessment;

	@Given("the evidence Kent's working group had for {int}\\/{int}")
	public void kentEvidence(int from, int to) {
		scenario = TestRules.scenario("kent-" + from + "-" + to + ".yaml");
	}

	/** Each scenario's rules, in the Cucumber report: which rules a feature exercises. */
	@io.cucumber.java.After
	public void logRulesFired(io.cucumber.java.Scenario scenario) {
		if (assessment != null) {
			scenario.log("Rules fired: " + String.join(", ", assessment.rulesFired()));
		}
	}

	@When("the working group assesses it")
	public void assess() {
		assessment = AssessmentEngine.assess(scenario, TestRules.rules());
	}

	@Then("{int} priorities and {int} cross-cutting themes are recommended")
	public void counts(int priorities, int themes) {
		assertThat(count(Outcome.PRIORITY)).isEqualTo(priorities);
		assertThat(count(Outcome.CROSS_CUTTING_THEME)).isEqualTo(themes);
	}

	@Then("{string} is a {word} {outcome}")
	public void outcome(String name, String change, Outcome outcome) {
		Recommendation item = item(name);
		assertThat(item.outcome()).isEqualTo(outcome);
		assertThat(item.change().id()).isEqualTo(change);
	}

	@Then("the reason for {string} cites rule {word}")
	public void cites(String name, String ruleId) {
		assertThat(item(name).justifications()).extracting(Justification::ruleId).contains(ruleId);
	}

	@Then("the reason for {string} says {string}")
	public void says(String name, String text) {
		assertThat(item(name).justifications()).extracting(Justification::sentence).anyMatch(s -> s.contains(text));
	}

	@Then("the strategic aims are adopted with these focus areas")
	public void aims(List<Map<String, String>> rows) {
		assertThat(assessment.aims()).hasSize(rows.size());
		for (Map<String, String> row : rows) {
			AimResult aim = assessment.aims().stream().filter(a -> a.id().equals(row.get("aim"))).findFirst().orElseThrow();
			assertThat(aim.status()).isEqualTo("adopted");
			assertThat(aim.focusAreas()).extracting(AreaRef::id)
				.containsExactlyInAnyOrderElementsOf(Arrays.stream(row.get("focus areas").split(",")).map(String::strip).toList());
		}
	}

	@Then("{word} notes the Prevent duty on each authority rather than listing it as a partnership duty")
	public void preventNote(String aimId) {
		AimResult aim = assessment.aims().stream().filter(a -> a.id().equals(aimId)).findFirst().orElseThrow();
		assertThat(aim.notes()).anyMatch(n -> n.statute().contains("Counter-Terrorism and Security Act 2015"));
		assertThat(aim.keyDrivers()).flatExtracting(g -> g.items()).noneMatch(i -> i.statute() != null
				&& i.statute().contains("Counter-Terrorism"));
	}

	@io.cucumber.java.ParameterType("priority|cross-cutting theme|focus area|watch list")
	public Outcome outcome(String label) {
		return Arrays.stream(Outcome.values()).filter(o -> o.label().equals(label)).findFirst().orElseThrow();
	}

	private long count(Outcome outcome) {
		return assessment.recommendations().stream().filter(r -> r.outcome() == outcome).count();
	}

	private Recommendation item(String name) {
		return assessment.recommendations().stream().filter(r -> r.name().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no item named '" + name + "' in " + assessment.recommendations().stream()
				.map(Recommendation::name).toList()));
	}
}
