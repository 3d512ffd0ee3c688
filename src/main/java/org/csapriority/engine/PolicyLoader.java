package org.csapriority.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.csapriority.engine.fact.DriverType;
import org.csapriority.engine.fact.Outcome;
import org.csapriority.scenario.IdentificationLevel;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.scenario.YamlProblems;

/**
 * Reads {@code policy.yaml} and checks it against the rules: every threshold a rule asks for must be
 * defined, so a missing number is reported when the rules load, not in the middle of an assessment.
 */
final class PolicyLoader {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
		.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

	private PolicyLoader() {
	}

	static Policy load(String name, String text, Map<String, RuleText.Use> requiredThresholds,
			Map<String, RuleText.Use> requiredStrengths) {
		JsonNode root;
		List<String> lines = text.lines().toList();
		try {
			root = YAML.readTree(String.join("\n", lines));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new InvalidInputException(YamlProblems.syntax(name, "malformed YAML", ex));
		}
		if (root == null || !root.isObject()) {
			throw new InvalidInputException(new InputProblem(name, 1, null, "the policy file is empty"));
		}
		List<InputProblem> problems = new ArrayList<>();
		Map<String, Double> thresholds = numbers(root.path("thresholds"), name, "thresholds", problems, lines);
		requiredThresholds.forEach((threshold, use) -> {
			if (!thresholds.containsKey(threshold) && !root.path("thresholds").has(threshold)) {
				problems.add(new InputProblem(name, 0, "thresholds." + threshold,
						"missing: " + use.file() + " line " + use.line() + " uses this threshold"));
			}
		});
		// strengths are optional: a policy for rules that ask for none need not have the section
		Map<String, Double> strengths = root.has("strengths")
				? numbers(root.path("strengths"), name, "strengths", problems, lines) : Map.of();
		requiredStrengths.forEach((strength, use) -> {
			if (!strengths.containsKey(strength) && !root.path("strengths").has(strength)) {
				problems.add(new InputProblem(name, 0, "strengths." + strength,
						"missing: " + use.file() + " line " + use.line() + " uses this strength"));
			}
		});
		Map<DriverType, Double> weights = new EnumMap<>(DriverType.class);
		numbers(root.path("weights"), name, "weights", problems, lines).forEach((key, value) -> {
			DriverType driver = DriverType.fromId(key);
			if (driver == null) {
				problems.add(new InputProblem(name, lineOf(lines, key), "weights." + key,
						"unknown driver type; expected one of " + driverIds()));
			}
			else {
				weights.put(driver, value);
			}
		});
		strengths.forEach((key, value) -> {
			if (value < 0 || value > 1) {
				problems.add(new InputProblem(name, lineOf(lines, key), "strengths." + key, value + " is not between 0 and 1"));
			}
		});
		double total = 0;
		for (Map.Entry<DriverType, Double> weight : weights.entrySet()) {
			total += weight.getValue();
			if (weight.getValue() < 0 || weight.getValue() > 1) {
				problems.add(new InputProblem(name, lineOf(lines, weight.getKey().id()), "weights." + weight.getKey().id(),
						weight.getValue() + " is not between 0 and 1"));
			}
		}
		boolean weightsReadable = problems.stream().noneMatch(p -> p.field() != null && p.field().startsWith("weights"));
		if (weightsReadable && !weights.isEmpty() && Math.abs(total - 1) > 0.001) {
			problems.add(new InputProblem(name, lineOf(lines, "weights"), "weights",
					"the weights add up to " + Math.round(total * 1000) / 1000.0 + "; they must add up to 1 so that scores run 0 to 1"));
		}
		Set<IdentificationLevel> levels = levels(root.path("identification").path("standaloneLevels"), name, problems);
		List<Outcome> precedence = precedence(root.path("outcomePrecedence"), name, problems);
		for (Outcome outcome : Outcome.values()) {
			if (outcome != Outcome.FOCUS_AREA && !precedence.contains(outcome) && !problems.stream()
				.anyMatch(p -> "outcomePrecedence".equals(p.field()))) {
				problems.add(new InputProblem(name, lineOf(lines, "outcomePrecedence"), "outcomePrecedence",
						"'" + outcome.id() + "' is missing: list every outcome once, strongest first"));
			}
		}
		if (precedence.size() != new java.util.HashSet<>(precedence).size()) {
			problems.add(new InputProblem(name, lineOf(lines, "outcomePrecedence"), "outcomePrecedence",
					"an outcome is listed twice"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Policy(thresholds, strengths, levels, weights, precedence);
	}

	private static Map<String, Double> numbers(JsonNode node, String file, String section, List<InputProblem> problems,
			List<String> lines) {
		Map<String, Double> values = new LinkedHashMap<>();
		if (!node.isObject()) {
			problems.add(new InputProblem(file, 0, section, "missing section (a map of names to numbers)"));
			return values;
		}
		node.fields().forEachRemaining(entry -> {
			if (entry.getValue().isNumber()) {
				values.put(entry.getKey(), entry.getValue().asDouble());
			}
			else {
				problems.add(new InputProblem(file, lineOf(lines, entry.getKey()), section + "." + entry.getKey(),
						"must be a number, found '" + entry.getValue().asText() + "'"));
			}
		});
		return values;
	}

	private static Set<IdentificationLevel> levels(JsonNode node, String file, List<InputProblem> problems) {
		Set<IdentificationLevel> levels = EnumSet.noneOf(IdentificationLevel.class);
		if (!node.isArray() || node.isEmpty()) {
			problems.add(new InputProblem(file, 0, "identification.standaloneLevels", "missing list of levels"));
			return levels;
		}
		for (JsonNode item : node) {
			IdentificationLevel level = null;
			for (IdentificationLevel candidate : IdentificationLevel.values()) {
				if (candidate.label().equals(item.asText())) {
					level = candidate;
				}
			}
			if (level == null) {
				problems.add(new InputProblem(file, 0, "identification.standaloneLevels",
						"unknown level '" + item.asText() + "'"));
			}
			else {
				levels.add(level);
			}
		}
		return levels;
	}

	private static List<Outcome> precedence(JsonNode node, String file, List<InputProblem> problems) {
		List<Outcome> order = new ArrayList<>();
		if (!node.isArray()) {
			problems.add(new InputProblem(file, 0, "outcomePrecedence", "missing list of outcomes, strongest first"));
			return order;
		}
		for (JsonNode item : node) {
			Outcome outcome = Outcome.fromId(item.asText());
			if (outcome == null) {
				problems.add(new InputProblem(file, 0, "outcomePrecedence", "unknown outcome '" + item.asText() + "'"));
			}
			else {
				order.add(outcome);
			}
		}
		return order;
	}

	/** The line where a key is written, ignoring comments; 0 when it cannot be found. */
	private static int lineOf(List<String> lines, String key) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.startsWith(key + ":")) {
				return i + 1;
			}
		}
		return 0;
	}

	private static List<String> driverIds() {
		return java.util.Arrays.stream(DriverType.values()).map(DriverType::id).toList();
	}
}
