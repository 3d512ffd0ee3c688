package org.csapriority.whatif;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.scenario.Framework;
import org.csapriority.scenario.HorizonKind;
import org.csapriority.scenario.PestelCategory;

/**
 * One typed change to a scenario or its policy, as the working group would phrase it. Written as data
 * (JSON or YAML), one object per change, with {@code op} naming the kind of change; the names below are
 * the only ops there are. Every field is required unless marked {@link Omittable}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({ @JsonSubTypes.Type(value = ScenarioChange.SetDistrictLevel.class, name = "set-district-level"),
		@JsonSubTypes.Type(value = ScenarioChange.SetCount.class, name = "set-count"),
		@JsonSubTypes.Type(value = ScenarioChange.SetBand.class, name = "set-band"),
		@JsonSubTypes.Type(value = ScenarioChange.SetHarm.class, name = "set-harm"),
		@JsonSubTypes.Type(value = ScenarioChange.SetLikelihood.class, name = "set-likelihood"),
		@JsonSubTypes.Type(value = ScenarioChange.SetPosition.class, name = "set-position"),
		@JsonSubTypes.Type(value = ScenarioChange.SetConfidence.class, name = "set-confidence"),
		@JsonSubTypes.Type(value = ScenarioChange.AddHorizon.class, name = "add-horizon"),
		@JsonSubTypes.Type(value = ScenarioChange.RemoveHorizon.class, name = "remove-horizon"),
		@JsonSubTypes.Type(value = ScenarioChange.LinkPlan.class, name = "link-plan"),
		@JsonSubTypes.Type(value = ScenarioChange.UnlinkPlan.class, name = "unlink-plan"),
		@JsonSubTypes.Type(value = ScenarioChange.SetDutyInForce.class, name = "set-duty-in-force"),
		@JsonSubTypes.Type(value = ScenarioChange.SetThreshold.class, name = "set-threshold"),
		@JsonSubTypes.Type(value = ScenarioChange.SetWeight.class, name = "set-weight"),
		@JsonSubTypes.Type(value = ScenarioChange.SetFramework.class, name = "set-framework"),
		@JsonSubTypes.Type(value = ScenarioChange.Patch.class, name = "patch") })
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ScenarioChange {

	/** The change in plain English, as shown above a what-if answer. */
	String describe();

	/**
	 * How prominently one district names an issue. {@code level} is a level of the scenario format, with
	 * {@code within-broader-theme} read as {@code part-of-broader-theme}, or {@code not-named} to remove the naming.
	 */
	record SetDistrictLevel(String district, String issue, String level) implements ScenarioChange {

		@Override
		public String describe() {
			return Levels.NOT_NAMED.equals(level) ? district + " no longer names " + issue
					: district + " names " + issue + " as " + Levels.canonical(level);
		}
	}

	/** The published count ("N of M") of the district-count row that lists the issue under its own heading. */
	record SetCount(String issue, Integer count) implements ScenarioChange {

		@Override
		public String describe() {
			return "the district count listing " + issue + " becomes " + count;
		}
	}

	/** The published band ("most", "approx. half") of the band row that lists the issue. */
	record SetBand(String issue, String band) implements ScenarioChange {

		@Override
		public String describe() {
			return "the districts naming " + issue + " are read as '" + band + "'";
		}
	}

	/** One harm dimension of an issue's threat/risk/harm score under the scoring scheme. */
	record SetHarm(String issue, String dimension, Integer value) implements ScenarioChange {

		@Override
		public String describe() {
			return issue + " scores " + value + " for " + dimension + " harm";
		}
	}

	record SetLikelihood(String issue, Integer value) implements ScenarioChange {

		@Override
		public String describe() {
			return issue + " scores " + value + " for likelihood";
		}
	}

	/** The organisational position grade of an issue's score: how able the partnership is to respond. */
	record SetPosition(String issue, String value) implements ScenarioChange {

		@Override
		public String describe() {
			return "the partnership's position on " + issue + " is graded " + value;
		}
	}

	record SetConfidence(String issue, String value) implements ScenarioChange {

		@Override
		public String describe() {
			return "confidence in the score of " + issue + " is " + value;
		}
	}

	/** A horizon-scanning item to add; its source is the what-if itself. */
	record AddHorizon(HorizonEntry item) implements ScenarioChange {

		@Override
		public String describe() {
			return "horizon scanning adds " + item.id() + ": " + item.text() + " (" + label(item.kind()) + ", "
					+ String.join(", ", item.issues()) + ")";
		}
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record HorizonEntry(String id, PestelCategory category, HorizonKind kind, String text, List<String> issues,
			@Omittable String date) {

		public HorizonEntry {
			issues = issues == null ? null : List.copyOf(issues);
		}
	}

	record RemoveHorizon(String id) implements ScenarioChange {

		@Override
		public String describe() {
			return "horizon scanning no longer holds " + id;
		}
	}

	/** The Police and Crime Plan priority also names the issue. */
	record LinkPlan(String priority, String issue) implements ScenarioChange {

		@Override
		public String describe() {
			return "Police and Crime Plan priority " + priority + " names " + issue;
		}
	}

	record UnlinkPlan(String priority, String issue) implements ScenarioChange {

		@Override
		public String describe() {
			return "Police and Crime Plan priority " + priority + " no longer names " + issue;
		}
	}

	/** The duty comes into force on {@code from}, by default the day the agreement starts. */
	record SetDutyInForce(String duty, @Omittable LocalDate from) implements ScenarioChange {

		@Override
		public String describe() {
			return "duty " + duty + " is in force from " + (from == null ? "the day the agreement starts" : from);
		}
	}

	/** A threshold of the policy the rules read. */
	record SetThreshold(String key, Double value) implements ScenarioChange {

		@Override
		public String describe() {
			return "policy threshold " + key + " is " + value;
		}
	}

	/** A driver type's weight in the score (0..1); the other weights are rescaled so they still sum to 1. */
	record SetWeight(String driver, Double value) implements ScenarioChange {

		@Override
		public String describe() {
			return "the score weighs " + driver + " at " + value + ", the other weights rescaled to sum to 1";
		}
	}

	record SetFramework(Framework framework) implements ScenarioChange {

		@Override
		public String describe() {
			return "the agreement is framed as " + label(framework);
		}
	}

	/** RFC 6902 operations on the merged scenario tree, for what the typed changes do not reach. */
	record Patch(JsonNode operations) implements ScenarioChange {

		@Override
		public String describe() {
			if (operations == null || !operations.isArray()) {
				return "JSON Patch";
			}
			return "JSON Patch: " + StreamSupport.stream(operations.spliterator(), false)
				.map(op -> op.path("op").asText() + " " + op.path("path").asText()).collect(Collectors.joining(", "));
		}
	}

	private static String label(Enum<?> value) {
		return value == null ? "?" : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
