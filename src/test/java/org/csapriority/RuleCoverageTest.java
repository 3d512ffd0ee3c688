package org.csapriority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import org.csapriority.acceptance.RunCucumberTest;
import org.csapriority.engine.AssessmentEngine;
import org.csapriority.engine.RuleInfo;

/**
 * Every rule in rules/ must be fired by some feature or test: a rule nothing exercises is either dead
 * or untested. Runs the features and the engine tests with a listener on the engine, fails on any rule
 * never fired, and writes target/rule-coverage.md: each rule with what fires it, each feature with the
 * rules it exercises.
 */
class RuleCoverageTest {

	@Test
	void everyRuleIsFiredBySomeFeatureOrTest() throws IOException {
		Map<String, Set<String>> firedBy = new TreeMap<>();
		AtomicReference<String> current = new AtomicReference<>("(outside a test)");
		Consumer<Collection<String>> listener = names -> {
			synchronized (firedBy) {
				names.forEach(name -> firedBy.computeIfAbsent(TestRules.rules().rule(name).ruleId(), k -> new TreeSet<>())
					.add(current.get()));
			}
		};
		AssessmentEngine.addFiringListener(listener);
		TestExecutionSummary summary;
		try {
			summary = run(LauncherDiscoveryRequestBuilder.request()
				.selectors(selectClass(RunCucumberTest.class), selectPackage("org.csapriority.engine"))
				.build(), current);
		}
		finally {
			AssessmentEngine.removeFiringListener(listener);
		}
		assertThat(summary.getTotalFailureCount()).as("failures in the features and engine tests").isZero();
		assertThat(summary.getTestsSucceededCount()).as("features and engine tests run").isGreaterThan(50);

		List<String> dead = new ArrayList<>();
		for (RuleInfo rule : TestRules.rules().catalogue()) {
			if (!firedBy.containsKey(rule.ruleId())) {
				dead.add(rule.ruleId() + " " + rule.name() + " (" + rule.file() + ")");
			}
		}
		write(firedBy);
		assertThat(dead).as("rules no feature or test fires").isEmpty();
	}

	@Test
	void undefinedAndPendingStepsFailTheRun(@TempDir Path dir) throws IOException {
		Path feature = dir.resolve("unfinished.feature");
		Files.writeString(feature, """
				Feature: Unfinished steps
				  Scenario: A step nobody has written
				    Given a step nobody has written a definition for
				  Scenario: A step still being written
				    Given a step that is still being written
				""");
		TestExecutionSummary summary = run(LauncherDiscoveryRequestBuilder.request()
			.selectors(selectFile(feature.toFile()))
			.configurationParameter("cucumber.glue", "org.csapriority.acceptance.strictness")
			.configurationParameter("cucumber.plugin", "summary")
			.build(), new AtomicReference<>());
		assertThat(summary.getTestsFailedCount()).isEqualTo(2);
		assertThat(summary.getFailures()).extracting(f -> f.getException().getClass().getSimpleName())
			.containsExactlyInAnyOrder("UndefinedStepException", "PendingException");
	}

	private static TestExecutionSummary run(LauncherDiscoveryRequest request, AtomicReference<String> current) {
		SummaryGeneratingListener summary = new SummaryGeneratingListener();
		TestExecutionListener tracker = new TestExecutionListener() {
			@Override
			public void executionStarted(TestIdentifier test) {
				if (test.isTest()) {
					current.set(describe(test));
				}
			}

			@Override
			public void executionFinished(TestIdentifier test, TestExecutionResult result) {
				if (test.isTest()) {
					current.set("(outside a test)");
				}
			}
		};
		LauncherFactory.create().execute(request, summary, tracker);
		return summary.getSummary();
	}

	private static String describe(TestIdentifier test) {
		return test.getSource().map(source -> {
			if (source instanceof MethodSource m) {
				return m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "." + m.getMethodName();
			}
			if (source instanceof ClassSource c) {
				return c.getClassName().substring(c.getClassName().lastIndexOf('.') + 1) + " " + test.getDisplayName();
			}
			if (source instanceof FileSource f) {
				return "features/" + Path.of("features").toAbsolutePath().relativize(f.getFile().toPath().toAbsolutePath())
						+ ": " + test.getDisplayName();
			}
			return test.getDisplayName();
		}).orElse(test.getDisplayName());
	}

	private static void write(Map<String, Set<String>> firedBy) throws IOException {
		StringBuilder out = new StringBuilder("# Rule coverage\n\nEach rule in rules/ and the features and tests that fire it.\n\n");
		out.append("| Rule | Features | Tests |\n|---|---|---|\n");
		Map<String, Set<String>> byFeature = new TreeMap<>();
		for (RuleInfo rule : TestRules.rules().catalogue()) {
			Set<String> by = firedBy.getOrDefault(rule.ruleId(), Set.of());
			long features = by.stream().filter(s -> s.startsWith("features/")).count();
			out.append("| ").append(rule.ruleId()).append(' ').append(rule.name()).append(" | ").append(features)
				.append(" | ").append(by.size() - features).append(" |\n");
			by.stream().filter(s -> s.startsWith("features/"))
				.forEach(s -> byFeature.computeIfAbsent(s.substring(0, s.indexOf(": ")), k -> new TreeSet<>()).add(rule.ruleId()));
		}
		out.append("\n## Rules each feature exercises\n\n");
		byFeature.forEach((feature, rules) -> out.append("- `").append(feature).append("`: ")
			.append(String.join(", ", rules)).append('\n'));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "rule-coverage.md"), out);
	}
}
