package org.csapriority.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.Items;
import org.csapriority.engine.Policy;
import org.csapriority.engine.Recommendation;
import org.csapriority.engine.RuleBase;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.explain.Why;
import org.csapriority.explain.WhyService;
import org.csapriority.report.DecisionRow;
import org.csapriority.report.Formats;
import org.csapriority.report.RunInfo;
import org.csapriority.report.RunReport;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.Scenario;
import org.csapriority.scenario.ScenarioLoader;
import org.csapriority.sensitivity.RobustnessAnalysis;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.sensitivity.RobustnessResult;
import org.csapriority.sensitivity.Uncertainty;
import org.csapriority.whatif.ScenarioChange;
import org.csapriority.whatif.WhatIfService;

/**
 * The audit trail as its users ask of it: make and record a run, record a decision against a run, list and
 * show runs, verify the chain, replay a run. A run is made and replayed by the same code from the same kind
 * of input, so a replay is a true re-run of what was recorded.
 */
public final class AuditService implements AutoCloseable {

	/** How a run's stored changes are named in messages about them. */
	static final String RECORDED_CHANGES = "recorded changes";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final AuditStore store;

	private final ScenarioLoader loader = new ScenarioLoader();

	private final WhatIfService whatIf = new WhatIfService(loader);

	public AuditService(AuditStore store) {
		this.store = store;
	}

	public static AuditService open(AuditSettings settings) {
		return new AuditService(new AuditStore(new AuditDatabase(settings)));
	}

	public AuditStore store() {
		return store;
	}

	/** Lets go of the database's connections. */
	@Override
	public void close() {
		store.database().close();
	}

	/**
	 * Assesses the request's scenario and records the run. Bad input (a scenario or change that does not fit)
	 * throws before anything is written. If the audit database cannot take the record, the assessment still
	 * answers and the reason it was not recorded comes with it.
	 */
	public Recorded run(RunRequest request) {
		return run(request, RobustnessAnalysis.Progress.NONE);
	}

	/**
	 * As {@link #run(RunRequest)}; a request with robustness also runs the analysis on the same scenario and rules,
	 * on every core, and records its figures with the run's seed and sample count. The analysis is finished
	 * before anything is written, so a stopped or failed analysis leaves no record.
	 */
	public Recorded run(RunRequest request, RobustnessAnalysis.Progress progress) {
		return run(request, progress, Runtime.getRuntime().availableProcessors());
	}

	/** As {@link #run(RunRequest, RobustnessAnalysis.Progress)}, sampling on {@code threads} threads. */
	public Recorded run(RunRequest request, RobustnessAnalysis.Progress progress, int threads) {
		List<InputProblem> who = new ArrayList<>();
		text(who, "recordedBy", request.recordedBy(), MAX_NAME, true);
		if (!who.isEmpty()) {
			throw new InvalidInputException(who);
		}
		List<ScenarioChange> changes = changes(request.changes(), "changes");
		Rebuilt made = make(request.scenarioName(), request.scenarioTree(), changes, request.rules(), "changes");
		RobustnessResult robustness = request.robustness() == null ? null
				: RobustnessAnalysis.run(made.scenario(), made.rules(), request.robustness(), threads, progress);
		if (robustness != null) {
			progress.recording();
			if (Thread.currentThread().isInterrupted()) {
				throw new CancellationException("the robustness run was stopped before it was recorded");
			}
		}
		try {
			RunRecord record = store.append(new NewRun(request.recordedBy(), request.origin(), request.scenarioName(),
					text(request.scenarioTree()), new TreeMap<>(request.scenarioFiles()),
					changes.isEmpty() ? null : text(request.changes()), request.rules().sources(),
					policyJson(request.rules().policy()), EngineVersion.current(),
					robustness == null ? null : robustness.seed(), robustness == null ? null : robustness.samples(),
					result(made.assessment(), robustness)));
			return new Recorded(made.assessment(), record, null, robustness);
		}
		catch (AuditUnavailableException ex) {
			return new Recorded(made.assessment(), null, ex.getMessage(), robustness);
		}
		catch (RuntimeException ex) {
			// whatever the trail's failure, the assessment still answers; the reason goes with it
			return new Recorded(made.assessment(), null, "audit database " + store.database().settings().displayUrl()
					+ ": the run was not recorded: " + store.database().reason(ex), robustness);
		}
	}

	/** The result a run stores: the assessment, and a robustness run's figures beside it. */
	static String result(Assessment assessment, RobustnessResult robustness) {
		if (robustness == null) {
			return Formats.compactJson(assessment);
		}
		ObjectNode result = (ObjectNode) parse(Formats.compactJson(assessment), "result");
		result.set("robustness", parse(Formats.compactJson(robustness), "robustness"));
		return Formats.compactJson(result);
	}

	public List<RunSummary> runs(int limit) {
		return store.runs(limit);
	}

	/** The run with this id, or bad input naming the runs there are. */
	public RunRecord run(String runId) {
		return store.run(runId).orElseThrow(() -> unknownRun(runId));
	}

	public List<DecisionRecord> decisions(String runId) {
		run(runId);
		return store.decisions(runId);
	}

	/**
	 * Records the adopted outcome of one item of a run. The item must be in the run's result and the outcome one
	 * the engine knows; where it differs from the engine's, the rationale is required. Every decision names the
	 * body that took it and the date.
	 */
	public DecisionRecord decide(String runId, String item, String adoptedOutcome, String rationale, String decidingBody,
			String decidedOn, String recordedBy) {
		RunRecord run = run(runId);
		JsonNode result = parse(run.result(), run.runId() + " result");
		JsonNode found = null;
		List<String> ids = new ArrayList<>();
		for (JsonNode recommendation : result.path("recommendations")) {
			ids.add(recommendation.path("id").asText());
			if (item != null && (recommendation.path("id").asText().equalsIgnoreCase(item.strip())
					|| recommendation.path("name").asText().equalsIgnoreCase(item.strip()))) {
				found = recommendation;
			}
		}
		List<InputProblem> problems = new ArrayList<>();
		if (item == null || item.isBlank()) {
			problems.add(problem("item", "name the item the decision is about; the run's items are " + ids));
		}
		else if (found == null) {
			problems.add(problem("item", "'" + item + "' is not an item of " + runId + "; its items are " + ids));
		}
		String adopted = adoptedOutcome == null ? "" : adoptedOutcome.strip().toLowerCase(java.util.Locale.ROOT);
		List<String> outcomes = Arrays.stream(Outcome.values()).map(Outcome::id).toList();
		if (!outcomes.contains(adopted)) {
			problems.add(problem("adoptedOutcome", (adopted.isEmpty() ? "missing" : "'" + adoptedOutcome + "' is not an outcome")
					+ "; outcomes are " + outcomes));
		}
		if (decidingBody == null || decidingBody.isBlank()) {
			problems.add(problem("decidingBody", "missing: name the body that took the decision, e.g. the county working group"));
		}
		LocalDate date = null;
		if (decidedOn == null || decidedOn.isBlank()) {
			problems.add(problem("decidedOn", "missing: the date of the decision, as YYYY-MM-DD"));
		}
		else {
			try {
				date = LocalDate.parse(decidedOn.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				problems.add(problem("decidedOn", "'" + decidedOn + "' is not a date; use YYYY-MM-DD"));
			}
		}
		text(problems, "rationale", rationale, MAX_RATIONALE, false);
		text(problems, "decidingBody", decidingBody, MAX_BODY, false);
		text(problems, "recordedBy", recordedBy, MAX_NAME, true);
		String engineOutcome = found == null ? null : found.path("outcome").asText();
		if (found != null && outcomes.contains(adopted) && !adopted.equals(engineOutcome)
				&& (rationale == null || rationale.isBlank())) {
			problems.add(problem("rationale", "required: the adopted outcome " + adopted + " departs from the engine's "
					+ engineOutcome + " for " + found.path("name").asText() + ", so the grounds must be recorded"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return store.append(new NewDecision(runId, found.path("id").asText(), found.path("name").asText(), engineOutcome,
				adopted, rationale == null || rationale.isBlank() ? null : rationale.strip(), decidingBody.strip(), date,
				recordedBy));
	}

	/**
	 * The run's report (html, md) or the agreement's appendices (appendices), rendered from what the run stored:
	 * its result, its scenario, its provenance and the decisions recorded against it.
	 */
	public String report(String runId, String format) {
		RunRecord run = run(runId);
		JsonNode result = parse(run.result(), runId + " result");
		JsonNode scenario = parse(run.scenarioContent(), runId + " scenario");
		RunInfo info = new RunInfo(run.runId(), run.recordedAt(), run.recordedBy(), run.scenarioSha256(),
				run.engineVersion(), run.ruleFiles(), run.randomSeed());
		List<DecisionRow> decisions = store.decisions(runId).stream()
			.map(d -> new DecisionRow(d.itemId(), d.itemName(), d.engineOutcome(), d.adoptedOutcome(), d.rationale(),
					d.decidingBody(), d.decidedOn(), d.recordedBy()))
			.toList();
		return switch (format) {
			case "html" -> RunReport.html(result, scenario, info, decisions);
			case "md" -> RunReport.markdown(result, scenario, info, decisions);
			case "appendices" -> RunReport.appendices(result, scenario);
			default -> throw new InvalidInputException(new InputProblem("--format", 0, null,
					"unknown format '" + format + "'; use one of html, md, appendices"));
		};
	}

	public Verification verify() {
		return store.verify(List.of());
	}

	/** As {@link #verify()}, also checking that each anchor kept outside the database is still in the chain. */
	public Verification verify(List<Anchor> anchors) {
		return store.verify(anchors);
	}

	/** Re-runs a recorded run with its stored scenario, changes and rules, and compares the results. */
	public ReplayResult replay(String runId) {
		RunRecord run = run(runId);
		Rebuilt rebuilt = rebuild(run);
		RobustnessResult robustness = run.samples() == null ? null
				: RobustnessAnalysis.run(rebuilt.scenario(), rebuilt.rules(), robustnessOf(run),
						Runtime.getRuntime().availableProcessors(), RobustnessAnalysis.Progress.NONE);
		String replayedJson = result(rebuilt.assessment(), robustness);
		List<ReplayDifference> differences = replayedJson.equals(run.result()) ? List.of()
				: ResultDiffer.diff(parse(run.result(), runId + " result"), parse(replayedJson, "replay"));
		// compared with the result as stored now: a result edited since it was recorded is not the one replayed
		return new ReplayResult(runId, run.engineVersion(), EngineVersion.current(), RuleBase.sha256(run.result()),
				RuleBase.sha256(replayedJson), differences);
	}

	/** The robustness request a run was made with: its seed and samples, and the kinds of input its figures say varied. */
	private static RobustnessRequest robustnessOf(RunRecord run) {
		Set<Uncertainty> vary = EnumSet.noneOf(Uncertainty.class);
		parse(run.result(), run.runId() + " result").path("robustness").path("varied")
			.forEach(kind -> vary.add(Uncertainty.fromId(kind.asText())));
		vary.remove(null);
		return new RobustnessRequest(run.samples(), run.randomSeed() == null ? 0 : run.randomSeed(), vary);
	}

	/**
	 * Why an item of a recorded run has its outcome and what would flip it, from the run's stored scenario,
	 * changes and rules. Only a run that replays identically is explained: an explanation must be of the result
	 * the partnership had.
	 */
	public Why why(String runId, String item) {
		RunRecord run = run(runId);
		Rebuilt rebuilt = rebuild(run);
		if (!Formats.compactJson(rebuilt.assessment()).equals(assessmentOf(run))) {
			throw new ReplayMismatchException(runId + " no longer replays to its recorded result, so it cannot be "
					+ "explained from it; audit replay " + runId + " lists the differences");
		}
		Recommendation found = Items.find(rebuilt.scenario(), rebuilt.assessment(), item);
		if (found == null) {
			throw new InvalidInputException(new InputProblem("ITEM", 0, null, "no item '" + item + "' in " + runId
					+ "; its items are " + rebuilt.assessment().recommendations().stream().map(Recommendation::id).toList()));
		}
		return new WhyService(whatIf).why(rebuilt.scenario(), rebuilt.tree(), rebuilt.rules(), rebuilt.assessment(), found.id());
	}

	/** The assessment a run stored: all its result, or for a robustness run the result without the figures. */
	private static String assessmentOf(RunRecord run) {
		if (run.samples() == null) {
			return run.result();
		}
		ObjectNode result = (ObjectNode) parse(run.result(), run.runId() + " result");
		result.remove("robustness");
		return Formats.compactJson(result);
	}

	/** A recorded run made again: the scenario as it ran (changes applied), the rules as they ran, the result. */
	private record Rebuilt(Scenario scenario, JsonNode tree, RuleBase rules, Assessment assessment) {
	}

	private Rebuilt rebuild(RunRecord run) {
		// a replay of an edited record would compare the engine with whatever was put there: refuse it instead
		if (!RuleBase.sha256(run.scenarioContent()).equals(run.scenarioSha256())
				|| !RuleBase.sha256(run.result()).equals(run.resultSha256()) || !RecordHashes.run(run).equals(run.recordHash())) {
			throw new CorruptRecordException(run.runId() + " was edited after it was recorded: its content no longer "
					+ "matches its hash, so it cannot be replayed or explained; audit verify names what changed");
		}
		RuleBase rules;
		try {
			rules = RuleBase.fromSources(store.ruleSources(run));
		}
		catch (InvalidInputException ex) {
			throw new CorruptRecordException(run.runId() + ": its stored rules no longer compile: " + ex.getMessage());
		}
		JsonNode tree = parse(run.scenarioContent(), run.runId() + " scenario");
		List<ScenarioChange> changes = changes(run.hasChanges() ? parse(run.changes(), run.runId() + " changes") : null,
				RECORDED_CHANGES);
		return make(run.scenarioName(), tree, changes, rules, RECORDED_CHANGES);
	}

	/** The scenario with its changes applied, the rules with theirs, and the assessment: for a run and its replay alike. */
	private Rebuilt make(String name, JsonNode tree, List<ScenarioChange> changes, RuleBase rules, String source) {
		if (!changes.isEmpty()) {
			WhatIfService.Changed changed = whatIf.change(tree, fileName(name), changes, rules, source);
			tree = changed.tree();
			rules = changed.rules();
			name = name + " with what-if changes";
		}
		Scenario scenario = loader.fromTree(name, tree);
		return new Rebuilt(scenario, tree, rules, AssessmentEngine.assess(scenario, rules));
	}

	// ---- shared by recording and replay ------------------------------------------------------------------------

	private static String fileName(String name) {
		return java.nio.file.Path.of(name).getFileName().toString();
	}

	private List<ScenarioChange> changes(JsonNode changes, String source) {
		if (changes == null || changes.isNull() || changes.isMissingNode() || (changes.isArray() && changes.isEmpty())) {
			return List.of();
		}
		return whatIf.parseChanges(changes, source);
	}

	/** The policy that ran, in an order that does not depend on the JVM: its sets sorted, its maps by key. */
	static String policyJson(Policy policy) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("thresholds", new TreeMap<>(policy.thresholds()));
		fields.put("strengths", new TreeMap<>(policy.strengths()));
		fields.put("standaloneLevels", policy.standaloneLevels().stream().map(Object::toString).sorted().toList());
		Map<String, Double> weights = new TreeMap<>();
		policy.weights().forEach((driver, weight) -> weights.put(driver.id(), weight));
		fields.put("weights", weights);
		fields.put("outcomePrecedence", policy.outcomePrecedence().stream().map(Outcome::id).toList());
		return Formats.compactJson(fields);
	}

	private InvalidInputException unknownRun(String runId) {
		List<String> recent = store.runs(10).stream().map(RunSummary::runId).toList();
		return new InvalidInputException(new InputProblem("RUN", 0, null, "no recorded run '" + runId + "'"
				+ (recent.isEmpty() ? "; nothing has been recorded in " + store.database().settings().displayUrl()
						: "; the latest are " + recent)));
	}

	private static final int MAX_NAME = 200;

	private static final int MAX_BODY = 500;

	private static final int MAX_RATIONALE = 10_000;

	/** Text the trail keeps must fit its column and hold no NUL, which PostgreSQL cannot store. */
	private static void text(List<InputProblem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(problem(field, "missing"));
			}
			return;
		}
		if (value.length() > max) {
			problems.add(problem(field, "too long: " + value.length() + " characters; at most " + max));
		}
		else if (value.indexOf('\u0000') >= 0) {
			problems.add(problem(field, "contains a NUL character"));
		}
	}

	private static InputProblem problem(String field, String message) {
		return new InputProblem("decision", 0, field, message);
	}

	public static JsonNode parse(String text, String what) {
		try {
			return JSON.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new CorruptRecordException(what + " is not readable JSON: " + AuditDatabase.firstLine(ex.getOriginalMessage()));
		}
	}

	private static String text(JsonNode node) {
		try {
			return JSON.writeValueAsString(node == null ? JsonNodeFactory.instance.nullNode() : node);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
