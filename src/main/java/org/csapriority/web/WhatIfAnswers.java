package org.csapriority.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import org.csapriority.engine.RuleBase;

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

	private record Question(String scenario, String changes, RuleBase rules, long folder) {
	}

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
	byte[] answer(String name, JsonNode body) {
		Question question = new Question(name, String.valueOf(body), rules.current(), catalog.folderStamp());
		synchronized (answers) {
			byte[] known = answers.get(question);
			if (known != null) {
				return known;
			}
		}
		byte[] answer;
		try {
			answer = json.writeValueAsBytes(scenarios.whatIf(name, body, question.rules()));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("the what-if answer could not be written as JSON", ex);
		}
		synchronized (answers) {
			answers.put(question, answer);
		}
		return answer;
	}
}
