package org.csapriority.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import org.csapriority.engine.Assessment;
import org.csapriority.engine.RuleBase;
import org.csapriority.whatif.WhatIfResult;

/**
 * What-if answers as the API sends them, kept for the questions asked again. A workshop asks the same question
 * many times over (a slider moved back and forth, a variant loaded on several screens); the answer depends only
 * on the scenario files, the rules being served and the changes, so it is kept under exactly those, and any
 * change to a file in the scenarios folder or a rule reload makes it a new question. The most recently asked
 * answers are kept, up to a bounded number.
 */
@Component
class WhatIfAnswers {

	private static final int KEPT = 128;

	private static final int BASELINES_KEPT = 8;

	private record Question(String scenario, String changes, boolean withBaseline, RuleBase rules, long folder) {
	}

	private record Written(Assessment assessment, String json) {
	}

	private final Deque<Written> baselines = new ArrayDeque<>();

	private final ScenarioService scenarios;

	private final ScenarioCatalog catalog;

	private final RuleBaseHolder rules;

	private final ObjectMapper json;

	private final Map<Question, byte[]> answers = new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Question, byte[]> eldest) {
			return size() > KEPT;
		}
	};

	WhatIfAnswers(ScenarioService scenarios, ScenarioCatalog catalog, RuleBaseHolder rules, ObjectMapper json) {
		this.scenarios = scenarios;
		this.catalog = catalog;
		this.rules = rules;
		this.json = json;
	}

	/** The answer as JSON, computed unless this exact question was answered with the same files and rules. */
	byte[] answer(String name, JsonNode body, boolean withBaseline) {
		Question question = new Question(name, String.valueOf(body), withBaseline, rules.current(), catalog.folderStamp());
		synchronized (answers) {
			byte[] known = answers.get(question);
			if (known != null) {
				return known;
			}
		}
		byte[] answer = write(scenarios.whatIf(name, body, question.rules()), withBaseline);
		synchronized (answers) {
			answers.put(question, answer);
		}
		return answer;
	}

	/**
	 * The answer as Jackson writes a WhatIfResult, field by field, with the baseline's JSON written once per
	 * baseline assessment: it is the same in every answer about that baseline and a third of each answer's bytes.
	 */
	byte[] write(WhatIfResult result) {
		return write(result, true);
	}

	/** Without the baseline when the caller already has it (GET .../assessment): half the bytes of an answer. */
	byte[] write(WhatIfResult result, boolean withBaseline) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringField("baselineScenario", result.baselineScenario());
			generator.writeFieldName("changes");
			json.writeValue(generator, result.changes());
			if (withBaseline) {
				generator.writeFieldName("baseline");
				generator.writeRawValue(baselineJson(result.baseline()));
			}
			generator.writeFieldName("variant");
			json.writeValue(generator, result.variant());
			generator.writeFieldName("diff");
			json.writeValue(generator, result.diff());
			generator.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the what-if answer could not be written as JSON", ex);
		}
		return out.toByteArray();
	}

	/** The what-if service hands out the same baseline assessment while its files and rules stand. */
	private String baselineJson(Assessment baseline) throws JsonProcessingException {
		synchronized (baselines) {
			for (Written known : baselines) {
				if (known.assessment() == baseline) {
					return known.json();
				}
			}
		}
		String written = json.writeValueAsString(baseline);
		synchronized (baselines) {
			baselines.addFirst(new Written(baseline, written));
			if (baselines.size() > BASELINES_KEPT) {
				baselines.removeLast();
			}
		}
		return written;
	}
}
