package org.csapriority.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.ItemExplanation;
import org.csapriority.engine.Recommendation;
import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;
import org.csapriority.whatif.WhatIfResult;

/** Chooses the rendering the user asked for. */
public final class Formats {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.enable(SerializationFeature.INDENT_OUTPUT);

	// map entries sorted: an immutable map's iteration order changes from one JVM to the next
	private static final ObjectMapper COMPACT = new ObjectMapper().registerModule(new JavaTimeModule())
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	private Formats() {
	}

	public static String render(Assessment assessment, String format) {
		return switch (format) {
			case "text" -> TextReport.assessment(assessment);
			case "json" -> json(assessment);
			case "md" -> MarkdownReport.assessment(assessment);
			default -> throw unknown(format, "text, json, md");
		};
	}

	public static String explain(Assessment assessment, Recommendation item, String format) {
		return switch (format) {
			case "text" -> TextReport.explain(assessment, item);
			case "json" -> json(ItemExplanation.of(assessment, item));
			default -> throw unknown(format, "text, json");
		};
	}

	/** A what-if, or with {@code comparedWith} naming the second file, a diff of two scenarios. */
	public static String whatIf(WhatIfResult result, String comparedWith, String format) {
		return switch (format) {
			case "text" -> WhatIfReport.text(result, comparedWith);
			case "json" -> json(WhatIfReport.json(result, comparedWith));
			case "md" -> WhatIfReport.markdown(result, comparedWith);
			default -> throw unknown(format, "text, json, md");
		};
	}

	public static String json(Object value) {
		try {
			return JSON.writeValueAsString(value) + System.lineSeparator();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("result could not be written as JSON", ex);
		}
	}

	/**
	 * JSON on one line with no platform line endings: the form a record stores and hashes, the same on every
	 * machine, so a replay elsewhere compares byte for byte.
	 */
	public static String compactJson(Object value) {
		try {
			return COMPACT.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("result could not be written as JSON", ex);
		}
	}

	/** Refuses a --format value that is not one of those allowed. */
	public static void check(String format, String... allowed) {
		if (!java.util.Arrays.asList(allowed).contains(format)) {
			throw unknown(format, String.join(", ", allowed));
		}
	}

	private static InvalidInputException unknown(String format, String allowed) {
		return new InvalidInputException(new InputProblem("--format", 0, null,
				"unknown format '" + format + "'; use one of " + allowed));
	}
}
