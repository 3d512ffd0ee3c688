package org.csapriority.engine;

import java.util.Comparator;
import java.util.List;

import org.csapriority.engine.Derivations.Derived;
import org.csapriority.engine.fact.Candidate;
import org.csapriority.engine.fact.QualityFinding;

/**
 * Reads the data-quality rules' findings into the assessment, warnings first, then by rule and evidence.
 * Each names the items holding an issue of its evidence, in the taxonomy's order.
 */
final class DataQualityBuilder {

	private DataQualityBuilder() {
	}

	static List<DataQualityFlag> build(Trail trail, List<Candidate> candidates) {
		return trail.derivedOf(QualityFinding.class).stream().map(d -> flag(trail, d, candidates))
			.sorted(Comparator.comparing(DataQualityFlag::severity).thenComparing(DataQualityFlag::ruleId)
				.thenComparing(DataQualityFlag::evidence).thenComparing(DataQualityFlag::message))
			.toList();
	}

	private static DataQualityFlag flag(Trail trail, Derived d, List<Candidate> candidates) {
		QualityFinding finding = (QualityFinding) d.fact();
		RuleInfo rule = trail.rule(d);
		List<String> items = candidates.stream().filter(c -> c.issues().stream().anyMatch(finding.issues()::contains))
			.map(Candidate::id).toList();
		return new DataQualityFlag(rule.ruleId(), rule.name(), finding.kind(), finding.severity(), finding.evidenceId(),
				items, finding.message(), finding.source());
	}
}
