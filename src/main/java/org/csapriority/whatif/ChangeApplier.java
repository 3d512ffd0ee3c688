package org.csapriority.whatif;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.CompatibilityFlags;
import com.flipkart.zjsonpatch.JsonPatch;
import com.flipkart.zjsonpatch.JsonPatchApplicationException;

import org.csapriority.engine.Policy;
import org.csapriority.scenario.InvalidInputException;

/**
 * Applies a list of changes, in order, to a copy of a baseline's merged tree and to its policy. Each change is
 * checked against the scenario as the changes before it left it, so a later change may refer to what an earlier
 * one added. Every problem in the list is reported at once, and nothing is assessed unless there are none.
 */
final class ChangeApplier {

	/** "Paths must exist": removing what is not there is an error, as replacing it already is. */
	private static final EnumSet<CompatibilityFlags> STRICT = EnumSet.of(CompatibilityFlags.FORBID_REMOVE_MISSING_OBJECT);

	/** The changed tree and policy, and one plain-English line per change. */
	record Applied(JsonNode tree, Policy policy, List<String> lines) {
	}

	private ChangeApplier() {
	}

	/** Changes {@code tree} in place: pass a copy. */
	static Applied apply(JsonNode tree, String fileName, Policy policy, List<ScenarioChange> changes, String source) {
		Problems problems = new Problems(source);
		ScenarioTree view = new ScenarioTree(tree, fileName);
		PolicyEdits policyEdits = new PolicyEdits(policy, problems);
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			ScenarioChange change = changes.get(i);
			String line;
			if (PolicyEdits.handles(change)) {
				line = policyEdits.apply(change, i);
			}
			else if (change instanceof ScenarioChange.Patch patch) {
				line = patch(tree, patch, i, problems);
			}
			else {
				ScenarioEdits.Edit edit = ScenarioEdits.of(change, i, view, problems);
				line = edit == null ? null : applyAll(tree, edit.operations(), edit.line());
			}
			lines.add(line);
		}
		if (problems.count() > 0) {
			throw new InvalidInputException(problems.all());
		}
		return new Applied(tree, policyEdits.policy(), lines);
	}

	private static String applyAll(JsonNode tree, List<ObjectNode> operations, String line) {
		ArrayNode patch = ScenarioTree.nodes().arrayNode().addAll(operations);
		JsonPatch.applyInPlace(patch, tree, STRICT);
		return line;
	}

	/** A raw patch, one operation at a time, so a problem names the operation it is in. */
	private static String patch(JsonNode tree, ScenarioChange.Patch change, int index, Problems problems) {
		JsonNode operations = change.operations();
		if (operations.isEmpty()) {
			problems.add(index, "operations", "the patch has no operations");
			return null;
		}
		for (int k = 0; k < operations.size(); k++) {
			String at = "operations[" + k + "]";
			ArrayNode one = ScenarioTree.nodes().arrayNode().add(operations.get(k));
			try {
				JsonPatch.validate(one, STRICT);
			}
			catch (JsonPatchApplicationException ex) {
				problems.add(index, at, "not a JSON Patch operation (RFC 6902): " + ex.getMessage());
				return null;
			}
			try {
				JsonPatch.applyInPlace(one, tree, STRICT);
			}
			catch (JsonPatchApplicationException ex) {
				JsonNode op = operations.get(k);
				String kind = op.path("op").asText();
				boolean fromMissing = ("move".equals(kind) || "copy".equals(kind)) && ScenarioTree.missing(tree.at(op.path("from").asText()));
				String field = fromMissing ? "from" : "path";
				String pointer = op.path(field).asText();
				boolean tested = "test".equals(kind) && !ScenarioTree.missing(tree.at(pointer));
				problems.add(index, at + "." + field, "'" + pointer + "' " + (tested ? "does not hold the tested value"
						: "does not exist in the merged scenario (" + ex.getMessage() + ")"));
				return null;
			}
		}
		return change.describe();
	}
}
