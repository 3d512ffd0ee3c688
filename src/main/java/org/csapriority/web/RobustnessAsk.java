package org.csapriority.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;

import org.csapriority.scenario.InvalidInputException;
import org.csapriority.sensitivity.RobustnessRequest;
import org.csapriority.sensitivity.Uncertainty;

/**
 * The body of POST /api/scenarios/{name}/robustness, read field by field so that every wrong field is named in
 * one answer: {@code {samples, seed, vary?, changes?, record?}}. The changes are read with the scenario, as
 * every other endpoint reads them.
 */
record RobustnessAsk(RobustnessRequest request, boolean record) {

	static RobustnessAsk parse(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw ApiException.badRequest(ScenarioService.REQUEST,
					"expected an object: {\"samples\": 10000, \"seed\": 42, \"vary\": [...], \"changes\": [...], \"record\": false}");
		}
		List<ApiError.Problem> problems = new ArrayList<>();
		Integer samples = samples(body.path("samples"), problems);
		Long seed = seed(body.path("seed"), problems);
		Set<Uncertainty> vary = vary(body.path("vary"), problems);
		JsonNode record = body.path("record");
		if (!record.isMissingNode() && !record.isNull() && !record.isBoolean()) {
			problems.add(new ApiError.Problem("record", "expected true or false, not " + record));
		}
		if (!problems.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ApiErrors.message(problems), problems);
		}
		return new RobustnessAsk(new RobustnessRequest(samples, seed, vary), record.asBoolean(false));
	}

	/** Absent means the default; anything but a whole number in int range is named as what it is. */
	private static Integer samples(JsonNode node, List<ApiError.Problem> problems) {
		if (node.isMissingNode() || node.isNull()) {
			return RobustnessRequest.DEFAULT_SAMPLES;
		}
		if (!node.isIntegralNumber()) {
			problems.add(new ApiError.Problem("samples", node + " is not a sample count: give a whole number from 1 to "
					+ RobustnessRequest.MAX_SAMPLES));
			return null;
		}
		if (!node.canConvertToInt()) {
			problems.add(new ApiError.Problem("samples", node + " is not a sample count a run may draw: give a whole number "
					+ "from 1 to " + RobustnessRequest.MAX_SAMPLES));
			return null;
		}
		try {
			// the request's own check gives the range and why, as the command line gives them
			return RobustnessRequest.of(node.intValue(), 0).samples();
		}
		catch (InvalidInputException ex) {
			// its fields are this body's
			ex.problems().forEach(p -> problems.add(new ApiError.Problem(p.field(), p.message())));
			return null;
		}
	}

	/** Absent draws one, which the job then shows, so any run can be repeated to the last digit. */
	private static Long seed(JsonNode node, List<ApiError.Problem> problems) {
		if (node.isMissingNode() || node.isNull()) {
			return ThreadLocalRandom.current().nextLong(1, 1L << 31);
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			problems.add(new ApiError.Problem("seed", node + " is not a seed: give a whole number, e.g. 42"));
			return null;
		}
		if (node.longValue() > RobustnessRequest.MAX_SEED || node.longValue() < -RobustnessRequest.MAX_SEED) {
			problems.add(new ApiError.Problem("seed", node + " is beyond the seeds a run takes: give a whole number between -"
					+ RobustnessRequest.MAX_SEED + " and " + RobustnessRequest.MAX_SEED + ", which this page and JSON read exactly"));
			return null;
		}
		return node.longValue();
	}

	/** Absent or empty varies every kind of input. */
	private static Set<Uncertainty> vary(JsonNode node, List<ApiError.Problem> problems) {
		Set<Uncertainty> vary = EnumSet.noneOf(Uncertainty.class);
		if (node.isMissingNode() || node.isNull()) {
			return vary;
		}
		if (!node.isArray()) {
			problems.add(new ApiError.Problem("vary", "expected a list of the kinds of input to vary: " + Uncertainty.ids()));
			return vary;
		}
		for (int i = 0; i < node.size(); i++) {
			Uncertainty kind = node.get(i).isTextual() ? Uncertainty.fromId(node.get(i).asText()) : null;
			if (kind == null) {
				problems.add(new ApiError.Problem("vary[" + i + "]", node.get(i) + " is not a kind of input a run can vary; "
						+ "the kinds are " + Uncertainty.ids()));
			}
			else {
				vary.add(kind);
			}
		}
		return vary;
	}
}
