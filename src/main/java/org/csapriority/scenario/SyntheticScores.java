package org.csapriority.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import static org.csapriority.scenario.SyntheticJson.array;
import static org.csapriority.scenario.SyntheticJson.object;
import static org.csapriority.scenario.SyntheticJson.source;

/**
 * Threat, risk and harm scores for a synthetic county's problems under the MoRiLE-style scheme of the reference
 * files, which the build puts beside this class so a synthetic scenario carries the very scheme Kent's do. A score
 * is drawn until it falls in the band its role needs: high harm only where a high score is the item's route, low
 * where last year's priority must lose its evidence, and otherwise low or middling.
 */
final class SyntheticScores {

	private static final String REFERENCE = "scoring-scheme-morile-style.yaml";

	/** The policy's harm thresholds (harm.high-score, harm.low-score), which the scheme's bands match. */
	private static final double HIGH = 0.5;

	private static final double LOW = 0.25;

	/** Far more draws than any band of the reference scheme needs; reaching it means the scheme cannot give the band. */
	private static final int MAX_DRAWS = 100_000;

	private enum Band {
		LOW, MEDIUM, HIGH
	}

	private static final ObjectNode SCHEME_TREE = read();

	private static final ScoringScheme SCHEME = bind(SCHEME_TREE);

	private final Random random;

	SyntheticScores(Random random) {
		this.random = random;
	}

	/** A copy of the reference scheme, to go in the scenario. */
	static ObjectNode scheme() {
		return SCHEME_TREE.deepCopy();
	}

	ObjectNode build(List<SyntheticIssue> issues, String county) {
		ArrayNode scored = array();
		int row = 1;
		for (SyntheticIssue issue : issues) {
			Band band = band(issue);
			if (band != null) {
				scored.add(score(issue.id(), band).set("source",
						source(SyntheticDocument.ASSESSMENT.id(), "section 5.3, table 5.2, row " + row++)));
			}
		}
		return object().put("scheme", SCHEME.id()).put("period", "2025-26").put("geography", county).set("scored", scored);
	}

	/** The band the issue's score must fall in, or none when the county assessment does not score it. */
	private Band band(SyntheticIssue issue) {
		if (!issue.harm()) {
			return null;
		}
		return switch (issue.role()) {
			case HIGH_HARM -> Band.HIGH;
			case FADED -> Band.LOW;
			case BROAD_PROBLEM, PARTNERSHIP_DUTY, PLAN_AND_LEAD, NATIONAL_AND_PUBLIC, RETAINED ->
				random.nextInt(4) == 0 ? null : random.nextBoolean() ? Band.MEDIUM : Band.HIGH;
			default -> random.nextInt(5) < 2 ? null : random.nextBoolean() ? Band.LOW : Band.MEDIUM;
		};
	}

	/** Draws from the upper half of every scale for a high score and the lower half for a low one, until it fits. */
	private ObjectNode score(String issue, Band band) {
		List<HarmDimension> dimensions = SCHEME.harmDimensions();
		int[] harm = new int[dimensions.size()];
		int likelihood;
		PositionGrade position;
		int draws = 0;
		do {
			if (++draws > MAX_DRAWS) {
				throw new IllegalStateException(SCHEME.id() + " gives no " + band + " score in " + MAX_DRAWS + " draws");
			}
			for (int i = 0; i < harm.length; i++) {
				harm[i] = draw(dimensions.get(i).min(), dimensions.get(i).max(), band);
			}
			likelihood = draw(SCHEME.likelihood().min(), SCHEME.likelihood().max(), band);
			List<PositionGrade> grades = SCHEME.organisationalPositions();
			position = grades.get(draw(0, grades.size() - 1, band));
		}
		while (band(normalised(harm, likelihood, position)) != band);
		ObjectNode values = object();
		for (int i = 0; i < harm.length; i++) {
			values.put(dimensions.get(i).id(), harm[i]);
		}
		List<ConfidenceLevel> confidence = SCHEME.confidenceLevels();
		return object().put("issue", issue).<ObjectNode>set("harm", values).put("likelihood", likelihood)
			.put("organisationalPosition", position.id())
			.put("confidence", confidence.get(random.nextInt(confidence.size())).id());
	}

	private int draw(int min, int max, Band band) {
		int middle = (min + max) / 2;
		int low = band == Band.HIGH ? middle : min;
		int high = band == Band.LOW ? middle : max;
		return low + random.nextInt(high - low + 1);
	}

	/** The scheme's normalised priority score, worked out as the engine works it out. */
	private static double normalised(int[] harm, int likelihood, PositionGrade position) {
		double weighted = 0;
		double largest = 0;
		for (int i = 0; i < harm.length; i++) {
			HarmDimension dimension = SCHEME.harmDimensions().get(i);
			weighted += dimension.weight() * harm[i];
			largest += dimension.weight() * dimension.max();
		}
		double multiplier = SCHEME.organisationalPositions().stream().mapToDouble(PositionGrade::multiplier).max().orElse(1);
		return weighted * likelihood * position.multiplier() / (largest * SCHEME.likelihood().max() * multiplier);
	}

	private static Band band(double score) {
		return score >= HIGH ? Band.HIGH : score >= LOW ? Band.MEDIUM : Band.LOW;
	}

	private static ScoringScheme bind(ObjectNode tree) {
		try {
			return new ObjectMapper().treeToValue(tree, ScoringScheme.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ObjectNode read() {
		try (InputStream in = SyntheticScores.class.getResourceAsStream(REFERENCE)) {
			if (in == null) {
				throw new IllegalStateException(REFERENCE + " is not on the class path beside " + SyntheticScores.class.getName());
			}
			JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(in);
			return (ObjectNode) file.get("scoringScheme");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
