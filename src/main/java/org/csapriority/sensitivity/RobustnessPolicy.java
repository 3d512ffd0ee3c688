package org.csapriority.sensitivity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.csapriority.engine.Policy;
import org.csapriority.engine.RuleBase;
import org.csapriority.engine.fact.DriverType;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.sensitivity.RobustnessResult.LabelRule;

/**
 * The {@code robustness} section of the policy file: the plausible range of each weight and threshold,
 * and the shares that make an item stable or fragile. Read from the policy text the rule base ran with, so a
 * recorded run's stored policy gives the same ranges on replay.
 */
record RobustnessPolicy(Map<DriverType, Range> weights, Map<String, Range> thresholds, LabelRule labels) {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	static RobustnessPolicy of(RuleBase rules) {
		Map.Entry<String, String> file = rules.sources().entrySet().stream()
			.filter(e -> e.getKey().endsWith("policy.yaml")).findFirst()
			.orElseThrow(() -> new InvalidInputException(new InputProblem("policy.yaml", 0, "robustness",
					"the rule base has no policy file to read the robustness ranges from")));
		return parse(file.getKey(), file.getValue(), rules.policy());
	}

	static RobustnessPolicy parse(String name, String text, Policy policy) {
		JsonNode root;
		JsonNode section;
		try {
			root = YAML.readTree(text);
			section = root.path("robustness");
		}
		catch (JsonProcessingException ex) {
			throw new InvalidInputException(new InputProblem(name, 0, null, "malformed YAML: " + ex.getOriginalMessage()));
		}
		List<String> lines = text.lines().toList();
		List<InputProblem> problems = new ArrayList<>();
		if (!section.isObject()) {
			throw new InvalidInputException(new InputProblem(name, 0, "robustness", "missing: a robustness run needs "
					+ "the ranges weights and thresholds may take (robustness.weights, robustness.thresholds) and the "
					+ "label shares (robustness.labels.stable, robustness.labels.fragile)"));
		}
		Map<DriverType, Range> weights = new EnumMap<>(DriverType.class);
		ranges(section.path("weights"), "weights", name, lines, problems).forEach((key, range) -> {
			DriverType driver = DriverType.fromId(key);
			if (driver == null || !policy.weights().containsKey(driver)) {
				problems.add(new InputProblem(name, lineOf(lines, key), "robustness.weights." + key,
						"not a weight of the policy; its weights are " + policy.weights().keySet().stream().map(DriverType::id).sorted().toList()));
			}
			else if (!range.contains(root.path("weights").path(key).asDouble(Double.NaN))) {
				problems.add(new InputProblem(name, lineOf(lines, key), "robustness.weights." + key, "the range "
						+ range + " does not hold the weight's own value " + Numbers.plain(root.path("weights").path(key).asDouble())));
			}
			else if (range.low() < 0 || range.high() > 1) {
				problems.add(new InputProblem(name, lineOf(lines, key), "robustness.weights." + key,
						"a weight must stay between 0 and 1; the range is " + range));
			}
			else {
				// a what-if that moves the weight moves its range with it
				double shift = policy.weight(driver) - root.path("weights").path(key).asDouble();
				weights.put(driver, new Range(Math.max(0, range.low() + shift), Math.min(1, range.high() + shift)));
			}
		});
		Map<String, Range> thresholds = new LinkedHashMap<>();
		Map<String, Range> declared = new LinkedHashMap<>();
		Map<String, Double> stated = new LinkedHashMap<>(policy.thresholds());
		ranges(section.path("thresholds"), "thresholds", name, lines, problems).forEach((key, range) -> {
			Double value = root.path("thresholds").path(key).isNumber() ? root.path("thresholds").path(key).asDouble() : null;
			if (value == null || !policy.thresholds().containsKey(key)) {
				problems.add(new InputProblem(name, lineOf(lines, key), "robustness.thresholds." + key,
						"not a threshold of the policy; its thresholds are " + policy.thresholds().keySet().stream().sorted().toList()));
			}
			else if (!range.contains(value)) {
				problems.add(new InputProblem(name, lineOf(lines, key), "robustness.thresholds." + key, "the range "
						+ range + " does not hold the threshold's own value " + Numbers.plain(value)));
			}
			else {
				double shift = policy.threshold(key) - value;
				thresholds.put(key, new Range(range.low() + shift, range.high() + shift));
				declared.put(key, range);
				stated.put(key, value);
			}
		});
		ordered(section.path("ordered"), name, lines, stated, declared, problems).forEach(pair -> apart(pair, policy, thresholds, problems));
		LabelRule labels = labels(section.path("labels"), name, lines, problems);
		if (problems.isEmpty()) {
			WeightDraw.check(name, lineOf(lines, "weights"), policy, weights, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new RobustnessPolicy(weights, thresholds, labels);
	}

	private static Map<String, Range> ranges(JsonNode node, String section, String file, List<String> lines,
			List<InputProblem> problems) {
		Map<String, Range> ranges = new LinkedHashMap<>();
		if (node.isMissingNode() || node.isNull()) {
			return ranges;
		}
		if (!node.isObject()) {
			problems.add(new InputProblem(file, lineOf(lines, section), "robustness." + section,
					"must map each name to a range [low, high]"));
			return ranges;
		}
		node.fields().forEachRemaining(entry -> {
			JsonNode value = entry.getValue();
			String field = "robustness." + section + "." + entry.getKey();
			if (!value.isArray() || value.size() != 2 || !value.get(0).isNumber() || !value.get(1).isNumber()) {
				problems.add(new InputProblem(file, lineOf(lines, entry.getKey()), field,
						"must be a range [low, high] of two numbers, found " + value));
			}
			else if (value.get(0).asDouble() > value.get(1).asDouble()) {
				problems.add(new InputProblem(file, lineOf(lines, entry.getKey()), field,
						"the low end " + value.get(0) + " is above the high end " + value.get(1)));
			}
			else {
				ranges.put(entry.getKey(), new Range(value.get(0).asDouble(), value.get(1).asDouble()));
			}
		});
		return ranges;
	}

	/**
	 * Pairs of thresholds that must keep their order in every sample, such as a low share below a broad share.
	 * Their ranges may touch but not overlap, so no draw can turn the pair round.
	 */
	private static List<String[]> ordered(JsonNode node, String file, List<String> lines, Map<String, Double> values,
			Map<String, Range> ranges, List<InputProblem> problems) {
		List<String[]> pairs = new ArrayList<>();
		if (node.isMissingNode() || node.isNull()) {
			return pairs;
		}
		int line = lineOf(lines, "ordered");
		if (!node.isArray()) {
			problems.add(new InputProblem(file, line, "robustness.ordered", "must list pairs [lower, higher] of threshold names"));
			return pairs;
		}
		for (JsonNode pair : node) {
			String field = "robustness.ordered" + pair;
			if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
				problems.add(new InputProblem(file, line, "robustness.ordered", "each entry must be a pair [lower, higher] of "
						+ "threshold names, found " + pair));
				continue;
			}
			String lower = pair.get(0).asText();
			String higher = pair.get(1).asText();
			Double low = values.get(lower);
			Double high = values.get(higher);
			if (low == null || high == null) {
				problems.add(new InputProblem(file, line, field, "'" + (low == null ? lower : higher)
						+ "' is not a threshold of the policy"));
			}
			else if (low >= high) {
				problems.add(new InputProblem(file, line, field, lower + " (" + Numbers.plain(low) + ") is not below " + higher
						+ " (" + Numbers.plain(high) + ") as stated"));
			}
			else {
				double lowTop = ranges.containsKey(lower) ? ranges.get(lower).high() : low;
				double highBottom = ranges.containsKey(higher) ? ranges.get(higher).low() : high;
				if (lowTop > highBottom) {
					problems.add(new InputProblem(file, line, field, "the ranges overlap: " + lower + " may be drawn up to "
							+ Numbers.plain(lowTop) + " and " + higher + " down to " + Numbers.plain(highBottom)
							+ ", which would turn the pair round"));
				}
				else {
					pairs.add(new String[] { lower, higher });
				}
			}
		}
		return pairs;
	}

	/**
	 * Keeps an ordered pair apart once a what-if has moved one of them: where the moved ranges meet, each stops
	 * halfway between the two values in use. A what-if that puts them the wrong way round cannot be sampled.
	 */
	private static void apart(String[] pair, Policy policy, Map<String, Range> ranges, List<InputProblem> problems) {
		double low = policy.threshold(pair[0]);
		double high = policy.threshold(pair[1]);
		if (low >= high) {
			problems.add(new InputProblem("what-if changes", 0, "thresholds." + pair[0], "the run has " + pair[0] + " at "
					+ Numbers.plain(low) + ", not below " + pair[1] + " at " + Numbers.plain(high)
					+ "; the policy keeps the two in that order"));
			return;
		}
		Range lower = ranges.get(pair[0]);
		Range higher = ranges.get(pair[1]);
		double middle = (low + high) / 2;
		if (lower != null && higher != null && lower.high() > higher.low()) {
			ranges.put(pair[0], new Range(lower.low(), Math.min(lower.high(), middle)));
			ranges.put(pair[1], new Range(Math.max(higher.low(), middle), higher.high()));
		}
		else if (lower != null && lower.high() > high) {
			ranges.put(pair[0], new Range(lower.low(), middle));
		}
		else if (higher != null && higher.low() < low) {
			ranges.put(pair[1], new Range(middle, higher.high()));
		}
	}

	private static LabelRule labels(JsonNode node, String file, List<String> lines, List<InputProblem> problems) {
		Double stable = share(node.path("stable"), "stable", file, lines, problems);
		Double fragile = share(node.path("fragile"), "fragile", file, lines, problems);
		if (stable == null || fragile == null) {
			return null;
		}
		if (fragile > stable) {
			problems.add(new InputProblem(file, lineOf(lines, "fragile"), "robustness.labels.fragile",
					"the fragile share " + Numbers.plain(fragile) + " is above the stable share " + Numbers.plain(stable)));
		}
		return new LabelRule(stable, fragile);
	}

	private static Double share(JsonNode node, String key, String file, List<String> lines, List<InputProblem> problems) {
		if (!node.isNumber() || node.asDouble() < 0 || node.asDouble() > 1) {
			problems.add(new InputProblem(file, lineOf(lines, key), "robustness.labels." + key,
					node.isMissingNode() ? "missing: the share of samples (0 to 1) that keep an item's outcome"
							: "must be a share between 0 and 1, found " + node));
			return null;
		}
		return node.asDouble();
	}

	/** The line a key is written on, ignoring comments; 0 when it cannot be found. */
	private static int lineOf(List<String> lines, String key) {
		boolean inSection = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			inSection |= line.startsWith("robustness:");
			if (inSection && line.strip().startsWith(key + ":")) {
				return i + 1;
			}
		}
		return 0;
	}
}
