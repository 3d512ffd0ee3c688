package org.csapriority.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus under {@code src/test/resources/bad/}: every broken scenario and rule folder must
 * be rejected with exit code 2 and exactly one line per problem, {@code error: <file>[:<line>]: [<field>: ]<what>},
 * naming the file as given on the command line, the line where there is one, the field and what is wrong,
 * with no stack trace and no Java class name.
 *
 * <p>Each file breaks exactly one thing, so each case expects exactly one error line. Scenario cases run
 * {@code validate <file>}; rule-folder cases run {@code validate --rules <folder>} on a small valid scenario,
 * so the only problem reported is the one in the folder. The cases at the end pin down the details that are
 * easiest to get wrong: the line of the item at fault rather than of a similar word elsewhere, and the file
 * of the folder given with {@code --rules}.
 */
class BadInputCorpusTest {

	private static final String S = "src/test/resources/bad/scenarios/";

	private static final String R = "src/test/resources/bad/rules/";

	private static final String VALID_SCENARIO = "src/test/resources/bad/fixtures/minimal-valid.yaml";

	private static final String VALID_RULES = "src/test/resources/bad/fixtures/valid-rules";

	/** A fully qualified Java name such as org.example.Foo or java.lang.String. */
	private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*");

	/**
	 * One broken input: the command-line arguments, the start of the error line ("error: file:line: field: ")
	 * and fragments of what is wrong that the message must contain.
	 */
	record Case(String name, List<String> args, String prefix, List<String> fragments) {

		@Override
		public String toString() {
			return name;
		}
	}

	/** {@code validate <scenario>}; {@code at} is "file:line: field: " with the file relative to the scenarios folder. */
	static Case scenario(String file, String at, String... fragments) {
		return new Case(file, List.of("validate", S + file), "error: " + S + at, List.of(fragments));
	}

	/** {@code validate --rules <folder> <valid scenario>}; {@code at} is relative to the rules corpus folder. */
	static Case rules(String folder, String at, String... fragments) {
		return new Case("rules/" + folder, List.of("validate", "--rules", R + folder, VALID_SCENARIO), "error: " + R + at,
				List.of(fragments));
	}

	/** {@code whatif <scenario> --change <change>}; {@code at} is "field: " of the change. */
	static Case change(String name, String scenario, String change, String at, String... fragments) {
		return new Case("whatif/" + name, List.of("whatif", scenario, "--change", change), "error: --change: " + at,
				List.of(fragments));
	}

	/** The what-if commands: bad changes inline, in a changes file and in saved variants. */
	static Stream<Case> whatIfCorpus() {
		String kent = "scenarios/kent-2022-23.yaml";
		String riverdale = "scenarios/synthetic/riverdale-2025-26.yaml";
		String changes = "src/test/resources/bad/changes/";
		String variants = "src/test/resources/bad/variants/";
		return Stream.of(
				change("unknown-issue", kent, "{op: set-count, issue: vawgx, count: 5}", "changes[0].issue: ",
						"'vawgx' is not an issue in the taxonomy of kent-2022-23.yaml; known: domestic-abuse, vawg"),
				change("unknown-op", kent, "{op: set-total, issue: asb, count: 5}", "changes[0].op: ",
						"'set-total' is not an op; expected one of [set-district-level, set-count"),
				change("missing-field", kent, "{op: link-plan, priority: pcp-vawg}", "changes[0].issue: ", "missing"),
				change("harm-off-scale", riverdale, "{op: set-harm, issue: family-abuse, dimension: physical, value: 5}",
						"changes[0].value: ", "5 is off the scale 0..4 of harm dimension 'physical'"),
				change("patch-path-missing", kent, "{op: patch, operations: [{op: replace, path: /policeAndCrimePlan/name, value: x}]}",
						"changes[0].operations[0].path: ", "'/policeAndCrimePlan/name' does not exist in the merged scenario"),
				change("malformed", kent, "{op: set-count, issue: [asb}", "changes[0]: ", "malformed JSON or YAML"),
				new Case("whatif/changes-file", List.of("whatif", riverdale, "--changes", changes + "unknown-district.yaml"),
						"error: " + changes + "unknown-district.yaml: changes[1].district: ",
						List.of("'Westmere' is not a district of riverdale-2025-26.yaml; known: Alderbrook")),
				new Case("whatif/variant-outside", List.of("whatif", variants + "outside-scenarios.yaml"),
						"error: " + variants + "outside-scenarios.yaml: variantOf: ",
						List.of("'../../pom.xml' is outside the scenarios folder")),
				new Case("whatif/variant-bad-weight", List.of("whatif", variants + "bad-weight.yaml"),
						"error: " + variants + "bad-weight.yaml: changes[0].value: ", List.of("1.5 is not a weight between 0 and 1")),
				new Case("whatif/unknown-format", List.of("whatif", kent, "--format", "pdf"), "error: --format: ",
						List.of("unknown format 'pdf'")),
				new Case("diff/missing-file", List.of("diff", kent, "scenarios/kent-2023-24.yaml"),
						"error: scenarios/kent-2023-24.yaml: ", List.of("file not found")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("whatIfCorpus")
	void badChangesAreRejectedWithOneClearMessage(Case c) {
		assertRejected(c);
	}

	static Stream<Case> corpus() {
		return Stream.of(
				// syntax and shape of the file
				scenario("malformed-yaml.yaml", "malformed-yaml.yaml:5: ",
						"malformed YAML", "mapping values are not allowed here"),
				scenario("malformed-json.json", "malformed-json.json:5: ",
						"malformed JSON", "was expecting comma to separate Object entries"),
				scenario("empty.yaml", "empty.yaml:1: ",
						"the file is empty"),
				scenario("list-not-map.yaml", "list-not-map.yaml:1: ",
						"expected a map of scenario sections", "found array"),
				scenario("no-such-scenario.yaml", "no-such-scenario.yaml: ",
						"file not found"),
				// unknown values of a closed list
				scenario("unknown-framework.yaml", "unknown-framework.yaml:5: framework: ",
						"'themes' is not a valid value", "expected one of [priorities, strategic-aims]"),
				scenario("unknown-pestelo-category.yaml", "unknown-pestelo-category.yaml:5: horizonScanning[0].category: ",
						"'legal' is not a valid value", "legislation", "organisational"),
				scenario("unknown-horizon-kind.yaml", "unknown-horizon-kind.yaml:6: horizonScanning[0].kind: ",
						"'new-law' is not a valid value", "new-legislation", "upcoming-legislation"),
				scenario("bad-in-force-date.yaml", "bad-in-force-date.yaml:10: statutoryDuties[0].inForceFrom: ",
						"'01/08/2007' is not a valid date (YYYY-MM-DD)"),
				// header and taxonomy
				scenario("duplicate-district.yaml", "duplicate-district.yaml:10: districts: ",
						"duplicate district 'Southtown'"),
				scenario("duplicate-issue-id.yaml", "duplicate-issue-id.yaml:13: taxonomy.issues: ",
						"duplicate issue id 'asb'"),
				scenario("strategic-aims-without-aims.yaml", "strategic-aims-without-aims.yaml:5: taxonomy.strategicAims: ",
						"framework strategic-aims needs at least one aim"),
				scenario("unknown-issue-in-area.yaml", "unknown-issue-in-area.yaml:7: taxonomy area 'community-harm'.issues: ",
						"unknown issue id 'anti-social'"),
				scenario("unknown-issue-in-horizon.yaml",
						"unknown-issue-in-horizon.yaml:9: horizonScanning[hs-escooter-trials].issues: ",
						"unknown issue id 'e-scooters'"),
				scenario("unknown-issue-in-imported-file.yaml",
						"fixtures/horizon-unknown-issue.yaml:7: horizonScanning[hs-drones].issues: ",
						"unknown issue id 'drone-crime'"),
				// district assessments
				scenario("count-above-districts.yaml",
						"count-above-districts.yaml:8: districtAssessments.counts['Road safety'].count: ",
						"4 is outside 0..3 (the number of districts)"),
				scenario("of-not-districts.yaml", "of-not-districts.yaml:9: districtAssessments.counts['Road safety'].of: ",
						"count is out of 12 but the scenario has 3 districts"),
				scenario("unknown-band.yaml", "unknown-band.yaml:6: districtAssessments.bands['nearly-all'].band: ",
						"band 'nearly-all' is not defined in bandDefinitions [minority, most]"),
				scenario("band-not-defined.yaml", "band-not-defined.yaml:6: districtAssessments.bands['most'].band: ",
						"band 'most' is not defined in bandDefinitions []"),
				// sources
				scenario("source-without-location.yaml",
						"source-without-location.yaml:6: districtAssessments.counts['Road safety in district plans'].source: ",
						"a source needs a document and a location, or a url"),
				scenario("observation-source-unknown-document.yaml",
						"observation-source-unknown-document.yaml:11: crimeRates[cr-asb].series[2023/24].source.document: ",
						"unknown document 'police-bulletin'", "add it to documents:"),
				scenario("source-unknown-document.yaml",
						"source-unknown-document.yaml:10: districtAssessments.counts['Road safety'].source.document: ",
						"unknown document 'csa-2024'", "add it to documents:"),
				// threat, risk and harm under the scoring scheme
				scenario("harm-off-scale.yaml", "harm-off-scale.yaml:10: threatRiskHarm.scored[asb].harm.physical: ",
						"7 is off the scale 0..4"),
				scenario("likelihood-off-scale.yaml", "likelihood-off-scale.yaml:9: threatRiskHarm.scored[asb].likelihood: ",
						"0 is off the scale 1..4"),
				scenario("unknown-confidence.yaml", "unknown-confidence.yaml:11: threatRiskHarm.scored[asb].confidence: ",
						"'medium' is not a confidence level of test-scheme", "[high, low]"),
				scenario("unknown-organisational-position.yaml",
						"unknown-organisational-position.yaml:9: threatRiskHarm.scored[asb].organisationalPosition: ",
						"'adequate' is not a grade of test-scheme", "[strong, limited]"),
				// community views
				scenario("community-share-above-one.yaml",
						"community-share-above-one.yaml:8: communityViews[cv-residents-2025].share: ",
						"1.4 is not a share between 0 and 1"),
				// statutory duties and the working group's decisions
				scenario("process-duty-without-checks.yaml",
						"process-duty-without-checks.yaml:26: statutoryDuties[regs-2007].checks: ",
						"a process duty on the partnership must say what can be checked", "every-district-assessment"),
				scenario("forcing-duty-without-issues.yaml",
						"forcing-duty-without-issues.yaml:26: statutoryDuties[cda-1998-s6].issues: ",
						"a duty that forces coverage must name the issues it covers"),
				scenario("duty-shares-plan-priority-id.yaml",
						"duty-shares-plan-priority-id.yaml:32: statutoryDuties[roads].id: ",
						"'roads' is also the id of a Police and Crime Plan priority"),
				scenario("decision-without-reason.yaml", "decision-without-reason.yaml:26: workingGroupDecisions[0].reason: ",
						"missing", "must give the working group's reason"),
				scenario("decision-unknown-item.yaml", "decision-unknown-item.yaml:26: workingGroupDecisions[0].item: ",
						"unknown item 'road-safety'", "priority area or cross-cutting theme"),
				scenario("decision-unknown-action.yaml", "decision-unknown-action.yaml:27: workingGroupDecisions[0].decision: ",
						"'veto' is not a valid value", "[drop, prioritise]"),
				// rule folders
				rules("policy-missing-threshold", "policy-missing-threshold/policy.yaml: thresholds.district.low-share: ",
						"missing", R + "policy-missing-threshold/district-assessments.drl line 42 uses this threshold"),
				rules("policy-malformed", "policy-malformed/policy.yaml:19: ",
						"malformed YAML", "mapping values are not allowed here"),
				rules("no-drl-files", "no-drl-files: ",
						"no .drl rule files"),
				rules("no-policy", "no-policy/policy.yaml: ",
						"policy file not found"),
				rules("no-such-folder", "no-such-folder: ",
						"rules folder not found"),
				// taxonomy, scores and series that would otherwise be read wrongly without a word
				scenario("within-itself.yaml", "within-itself.yaml:5: taxonomy area 'town-centres'.within: ",
						"in a circle", "town-centres -> town-centres"),
				scenario("aim-lists-area-twice.yaml", "aim-lists-area-twice.yaml:10: taxonomy.strategicAims 'aim-1': ",
						"area 'roads' is listed twice"),
				scenario("harm-dimension-missing.yaml",
						"harm-dimension-missing.yaml:10: threatRiskHarm.scored[asb].harm.community: ",
						"every harm dimension of test-scheme needs a score"),
				scenario("rank-beyond-assessed.yaml", "rank-beyond-assessed.yaml:9: threatRiskHarm.ranked[Nuisance].rank: ",
						"rank 9 is beyond the 2 elements assessed"),
				scenario("series-newest-first.yaml", "series-newest-first.yaml:11: crimeRates[cr-asb].series: ",
						"periods must run oldest first"),
				// the changes sources state and the comparisons they make, which the data-quality rules check
				scenario("stated-change-without-unit.yaml", "stated-change-without-unit.yaml:13: crimeRates[cr-asb].statedChange.unit: ",
						"missing: percent or count"),
				scenario("stated-change-one-figure.yaml", "stated-change-one-figure.yaml:11: crimeRates[cr-asb].statedChange: ",
						"checked between the last two figures of the series, and it has 1"),
				scenario("stated-count-with-base.yaml", "stated-count-with-base.yaml:12: crimeRates[cr-asb].statedChange.base: ",
						"only a change in per cent has a base"),
				scenario("comparison-parts-without-geography.yaml",
						"comparison-parts-without-geography.yaml:8: comparisons[cmp-asb-districts].parts.geography: ",
						"missing: the area the parts cover together"),
				scenario("comparison-total-without-parts.yaml",
						"comparison-total-without-parts.yaml:7: comparisons[cmp-asb-districts].parts: ",
						"missing: a total is compared with its parts", "use figures"),
				scenario("comparison-unknown-period-kind.yaml",
						"comparison-unknown-period-kind.yaml:8: comparisons[0].figures[0].periodKind: ",
						"'rolling-year' is not a valid value", "financial-year", "rolling-12-months"),
				scenario("comparison-without-issues.yaml", "comparison-without-issues.yaml:4: comparisons[cmp-asb-years].issues: ",
						"a comparison must name the issues it is about"),
				scenario("previous-item-without-id.yaml",
						"previous-item-without-id.yaml:8: previousOutcome item 'Anti-Social Behaviour'.id: ",
						"changes against last year are named by id"),
				// policies that would load but skew every score or outcome
				rules("policy-weights-not-one", "policy-weights-not-one/policy.yaml:30: weights: ",
						"the weights add up to 1.6", "must add up to 1"),
				rules("policy-strength-above-one", "policy-strength-above-one/policy.yaml:31: strengths.horizon.national-strategy: ",
						"7.0 is not between 0 and 1"),
				rules("policy-duplicate-key", "policy-duplicate-key/policy.yaml:40: ",
						"'threat-risk-harm' is given twice"),
				rules("policy-precedence-incomplete", "policy-precedence-incomplete/policy.yaml:42: outcomePrecedence: ",
						"'watch-list' is missing"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void rejectsWithOneClearMessage(Case c) {
		assertRejected(c);
	}

	/** The fixtures the broken cases are variations of must themselves be accepted. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("controls")
	void fixturesAreValid(String scenario) {
		CliTest.Run run = CliTest.run("validate", "--rules", VALID_RULES, scenario);
		assertThat(run.exitCode()).as("exit code of validate %s; stderr:%n%s", scenario, run.err()).isZero();
		assertThat(run.err()).isEmpty();
	}

	static Stream<String> controls() {
		return Stream.of(VALID_SCENARIO, S + "fixtures/base.yaml");
	}

	// ---- details of place and wording ------------------------------------------------------------------

	@Test

	void unknownTopLevelFieldNamesItsLine() {
		assertRejected(scenario("unknown-top-level-field.yaml", "unknown-top-level-field.yaml:5: financialYaer: ",
				"unknown field 'financialYaer'", "financialYear"));
	}

	@Test

	void commentsOnlyFileIsReportedAsEmpty() {
		assertRejected(scenario("comments-only.yaml", "comments-only.yaml:1: ", "empty"));
	}

	@Test

	void unclosedBracketSaysWhatIsExpected() {
		assertRejected(scenario("unclosed-bracket.yaml", "unclosed-bracket.yaml:7: ", "malformed YAML", "expected ',' or ']'"));
	}

	@Test

	void missingImportNamesTheImportingFileAndLine() {
		assertRejected(scenario("missing-import.yaml", "missing-import.yaml:4: imports: ", "fixtures/no-such-file.yaml",
				"not found"));
	}

	@Test

	void importCycleNamesTheImportThatClosesIt() {
		assertRejected(scenario("import-cycle.yaml", "fixtures/cycle-b.yaml:3: imports: ", "import cycle",
				S + "import-cycle.yaml -> " + S + "fixtures/cycle-b.yaml -> " + S + "import-cycle.yaml"));
	}

	@Test

	void unknownIssueLineIgnoresComments() {
		assertRejected(scenario("issue-named-in-comment.yaml",
				"issue-named-in-comment.yaml:9: horizonScanning[hs-escooter-trials].issues: ", "unknown issue id 'e-scooters'"));
	}

	@Test

	void shareOffRangeNamesTheLineOfItsOwnItem() {
		assertRejected(scenario("community-share-second-view.yaml",
				"community-share-second-view.yaml:12: communityViews[cv-residents-roads].share: ",
				"1.4 is not a share between 0 and 1"));
	}

	@Test

	void harmOffScaleNamesTheLineOfItsOwnItem() {
		assertRejected(scenario("harm-off-scale-second-item.yaml",
				"harm-off-scale-second-item.yaml:12: threatRiskHarm.scored[road-safety].harm.physical: ",
				"9 is off the scale 0..4"));
	}

	@Test

	void drlSyntaxErrorNamesTheFileInTheRulesFolder() {
		assertRejected(rules("syntax-error", "syntax-error/district-assessments.drl:18: ", "mismatched input 'then'",
				"Issue named in its own right by at least the policy share of districts is broadly identified"));
	}

	@Test

	void drlUnknownFactFieldNamesTheFileAndTheFactPlainly() {
		assertRejected(rules("unknown-fact-field", "unknown-fact-field/district-assessments.drl:54: ", "sharee",
				"LocalIdentification"));
	}

	@Test

	void drlUnknownMethodNamesTheFileInTheRulesFolder() {
		assertRejected(rules("unknown-rhs-method", "unknown-rhs-method/district-assessments.drl:67: ", "remark(",
				"is undefined for the type Signal"));
	}

	@Test

	void ruleWithoutRuleIdNamesItsLine() {
		assertRejected(rules("missing-rule-id",
				"missing-rule-id/district-assessments.drl:35: rule \"Issue named by some districts has moderate local identification\": ",
				"every rule needs @ruleId"));
	}

	@Test

	void duplicateRuleIdNamesItsLine() {
		assertRejected(rules("duplicate-rule-id",
				"duplicate-rule-id/district-assessments.drl:48: rule \"Issue rarely named by the districts has low local identification\": ",
				"@ruleId SA-003 is already used by rule \"Issue named by some districts has moderate local identification\""));
	}

	@Test

	void nonNumericThresholdIsOneProblemWithItsLine() {
		assertRejected(rules("policy-non-numeric-threshold",
				"policy-non-numeric-threshold/policy.yaml:6: thresholds.district.broad-share: ", "must be a number, found 'half'"));
	}

	@Test

	void unknownWeightDriverNamesItsLine() {
		assertRejected(rules("policy-unknown-weight-driver", "policy-unknown-weight-driver/policy.yaml:36: weights.crime-rate: ",
				"unknown driver type", "crime-rates"));
	}

	@Test

	void tabInPolicyNamesItsLineAndTheTab() {
		assertRejected(rules("policy-tab-indent", "policy-tab-indent/policy.yaml:12: ", "malformed YAML", "TAB"));
	}

	// ---- running the command line in-process ------------------------------------------------------------


	private static void assertRejected(Case c) {
		CliTest.Run run = CliTest.run(c.args().toArray(String[]::new));
		String err = run.err();
		String described = "csa " + String.join(" ", c.args()) + "\nstderr:\n" + err;
		assertThat(run.exitCode()).as("exit code (2 = bad input) of %s", described).isEqualTo(CsaCommand.BAD_INPUT);
		assertThat(err).as("stderr of %s", described).isNotBlank();
		List<String> lines = err.lines().toList();
		assertThat(lines).as("one problem, one line, for %s", described)
			.hasSize(1)
			.allSatisfy(line -> assertThat(line).startsWith("error: "));
		assertThat(err).as("no stack trace in %s", described).doesNotContain("Exception", "\tat ");
		assertThat(JAVA_NAME.matcher(err).find()).as("no Java class name in %s", described).isFalse();
		assertThat(lines.get(0)).as("file, line and field of %s", described).startsWith(c.prefix());
		List<String> missing = new ArrayList<>();
		for (String fragment : c.fragments()) {
			if (!err.contains(fragment)) {
				missing.add(fragment);
			}
		}
		assertThat(missing).as("fragments missing from %s", described).isEmpty();
	}
}
