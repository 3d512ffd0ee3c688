package org.csapriority.engine;

import java.util.Comparator;
import java.util.List;

import org.csapriority.engine.Derivations.Derived;
import org.csapriority.engine.fact.QualityFinding;

/** Reads the data-quality rules' findings into the assessment: warnings first, then by rule and evidence. */
final class DataQualityBuilder {

	private DataQualityBuilder() {
	}

	static List<DataQualityFlag> build(Trail trail) {
		return trail.derivedOf(QualityFinding.class).stream().map(d -> flag(trail, d))
			.sorted(Comparator.comparing(DataQualityFlag::severity).thenComparing(DataQualityFlag::ruleId)
				.thenComparing(DataQualityFlag::evidence).thenComparing(DataQualityFlag::message))
			.toList();
	}

	private static DataQualityFlag flag(Trail trail, Derived d) {
		QualityFinding finding = (QualityFinding) d.fact();
		RuleInfo rule = trail.rule(d);
		return new DataQualityFlag(rule.ruleId(), rule.name(), finding.kind(), finding.severity(), finding.evidenceId(),
				finding.candidateIds(), finding.message(), finding.source());
	}
}
