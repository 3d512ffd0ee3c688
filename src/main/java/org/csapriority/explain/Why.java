package org.csapriority.explain;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.csapriority.engine.DriverScore;
import org.csapriority.engine.fact.Evidence;

/**
 * Why one item of an assessment has its outcome, and why not another: its score by driver type, every rule that
 * fired for it with the version of its file, every piece of evidence with its source, the conditions of the rules
 * that decide it (with their margins) or of the routes into the agreement it missed (with their shortfalls), and
 * the smallest change of input that would flip its outcome, found by running the engine.
 *
 * @param selected whether the outcome adopts the item in its own right (priority, cross-cutting theme, focus area)
 * @param holdsBy for an item that has its outcome by rules, each deciding rule with its conditions, all met
 * @param whyNot for an item not selected, each rule that would select an item of its kind, with its conditions
 * @param notes what the account could not read, and other things a reader should know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Why(String scenario, String item, String name, String outcome, String outcomeLabel, String within,
		boolean selected, String change, int rank, int of, double score, List<DriverScore> scoreBreakdown,
		List<RuleRef> decidedBy, List<FiredRule> rulesFired, List<EvidenceItem> evidence, List<Route> holdsBy,
		List<Route> whyNot, Flips flips, List<String> notes) {

	/** A rule by id and name. */
	public record RuleRef(String ruleId, String rule) {
	}

	/**
	 * A rule that fired for the item: what it concluded ({@code effect}), whether that supports selection, and
	 * {@code fileVersion}, the short SHA-256 of its rule file as the rules that ran it were compiled from.
	 */
	public record FiredRule(String ruleId, String rule, String file, String fileVersion, String statute, String driver,
			String effect, boolean supportive, String sentence) {
	}

	/** One piece of evidence, with the rules that rest on it. */
	public record EvidenceItem(String id, String kind, String summary, String source, String period, String geography,
			List<String> ruleIds) {

		static EvidenceItem of(Evidence e, List<String> ruleIds) {
			return new EvidenceItem(e.id(), e.kind(), e.summary(), e.cite(), e.period(), e.geography(), ruleIds);
		}
	}

	/** A decision rule read against the item: {@code open} when every condition holds. */
	public record Route(String ruleId, String rule, String outcome, boolean open, List<Condition> conditions) {
	}

	/**
	 * One condition of a rule. A threshold comparison carries its {@code policyKey}, the {@code threshold} and the
	 * item's {@code value}, with {@code gap}: how far short it falls, or how much it has to spare. A condition met by
	 * another rule's conclusion (a signal) names that rule and gives the rule's own conditions {@code because}.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Condition(String text, boolean met, String ruleId, String policyKey, Double threshold, Double value,
			String gap, List<Condition> because) {
	}

	/**
	 * The search for the smallest change that flips the outcome. {@code tried} single changes were run through the
	 * engine (and {@code pairsTried} pairs, only when no single change flips it); {@code smallest} is the first flip
	 * in size order and {@code nearest} the next few. When nothing flips, {@code robust} is true and
	 * {@code nearMisses} lists the changes that take a deciding rule away while another still holds the outcome.
	 */
	public record Flips(String summary, boolean robust, int tried, int pairsTried, Flip smallest, List<Flip> nearest,
			List<NearMiss> nearMisses, String sizeOrder) {
	}

	/**
	 * A flip: the changes as {@code ./csa whatif --change} takes them, one plain-English line each, their size, the
	 * outcome they flip the item to and the rules that then decide it (from the engine's answer).
	 */
	public record Flip(List<JsonNode> changes, List<String> lines, int size, String outcome, String outcomeLabel,
			String within, List<RuleRef> decidedBy, List<String> appeared, List<String> disappeared, String sentence) {
	}

	/** A change that takes away a deciding rule ({@code lost}) while others ({@code stillDecidedBy}) keep the outcome. */
	public record NearMiss(JsonNode change, String line, int size, List<String> lost, List<String> stillDecidedBy) {
	}
}
