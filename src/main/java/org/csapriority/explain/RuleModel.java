package org.csapriority.explain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;

import org.csapriority.engine.RuleBase;
import org.csapriority.engine.RuleInfo;
import org.csapriority.engine.fact.Outcome;

/**
 * The rules of a rule base as their files write them, read with the Drools parser: each rule's conditions (its
 * patterns and their constraints), the outcomes its consequence proposes and the kinds of signal it inserts. This
 * is what lets an account say which conditions of a route failed without naming any route in Java. A file is read
 * only when its bytes still have the SHA-256 the rule base recorded when it compiled them; otherwise its rules'
 * conditions are reported as not read rather than read from a different version.
 */
final class RuleModel {

	/** One rule: its catalogue entry, its parsed form, what it proposes and inserts, and its file's version. */
	record Rule(RuleInfo info, RuleDescr descr, Set<Outcome> proposes, Set<String> signalTypes, String version) {

		/** Proposes an outcome that adopts the item in its own right. */
		boolean selects() {
			return proposes.contains(Outcome.PRIORITY) || proposes.contains(Outcome.CROSS_CUTTING_THEME)
					|| proposes.contains(Outcome.FOCUS_AREA);
		}
	}

	/** Characters of a SHA-256 shown as a file's version, as a short commit id is. */
	static final int SHORT_HASH = 12;

	private static final Pattern SIGNAL = Pattern.compile("Signal\\.\\w+\\(\\s*[^,]+,\\s*\"([^\"]+)\"");

	private static final Pattern PROPOSAL = Pattern.compile("new\\s+Proposal\\s*\\(([^;]*);");

	private static final Pattern OUTCOME = Pattern.compile("Outcome\\.([A-Z_]+)");

	/** Parsed once per compiled rule base; a rule base with another policy shares its compiled rules. */
	private static final Map<KieBase, RuleModel> PARSED = Collections.synchronizedMap(new WeakHashMap<>());

	private final Map<String, Rule> byId;

	private final Map<String, String> unread;

	private RuleModel(Map<String, Rule> byId, Map<String, String> unread) {
		this.byId = byId;
		this.unread = unread;
	}

	static RuleModel of(RuleBase rules) {
		return PARSED.computeIfAbsent(rules.kieBase(), k -> read(rules));
	}

	Rule byId(String ruleId) {
		return byId.get(ruleId);
	}

	List<Rule> all() {
		return List.copyOf(byId.values());
	}

	/** The rules whose consequence inserts a signal of this type. */
	List<Rule> producing(String signalType) {
		return byId.values().stream().filter(r -> r.signalTypes().contains(signalType)).toList();
	}

	/** File to the reason its rules' conditions could not be read. */
	Map<String, String> unread() {
		return unread;
	}

	/** The short SHA-256 of a rule file as the rule base recorded it ("changed from ..." when its policy was changed). */
	static String version(RuleBase rules, String file) {
		String hash = file == null ? null : rules.fileHashes().get(file);
		if (hash == null) {
			return null;
		}
		String prefix = hash.startsWith("changed from ") ? "changed from " : "";
		String hex = hash.substring(prefix.length());
		return prefix + hex.substring(0, Math.min(SHORT_HASH, hex.length()));
	}

	private static RuleModel read(RuleBase rules) {
		Map<String, List<RuleImpl>> byFile = new LinkedHashMap<>();
		rules.kieBase().getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
			if (rule instanceof RuleImpl impl) {
				RuleInfo info = rules.rule(rule.getName());
				byFile.computeIfAbsent(info == null ? null : info.file(), k -> new ArrayList<>()).add(impl);
			}
		}));
		Map<String, Rule> byId = new java.util.TreeMap<>();
		Map<String, String> unread = new LinkedHashMap<>();
		for (Map.Entry<String, List<RuleImpl>> file : byFile.entrySet()) {
			Map<String, RuleDescr> parsed = new LinkedHashMap<>();
			String problem = parse(rules, file.getKey(), file.getValue().get(0).getResource(), parsed);
			if (problem != null) {
				unread.put(file.getKey(), problem);
			}
			for (RuleImpl impl : file.getValue()) {
				RuleInfo info = rules.rule(impl.getName());
				RuleDescr descr = parsed.get(impl.getName());
				String consequence = descr == null || descr.getConsequence() == null ? "" : descr.getConsequence().toString();
				byId.put(info.ruleId(), new Rule(info, descr, proposals(consequence), signals(consequence),
						version(rules, info.file())));
			}
		}
		return new RuleModel(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(unread));
	}

	/** Parses the file into {@code parsed}; the reason it could not, or null. */
	private static String parse(RuleBase rules, String file, Resource resource, Map<String, RuleDescr> parsed) {
		if (resource == null || file == null) {
			return "the compiled rules do not say which file they came from";
		}
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			return "cannot be read: " + ex.getMessage();
		}
		String recorded = rules.fileHashes().get(file);
		if (recorded == null || !recorded.equals(sha256(bytes))) {
			return "changed since these rules were compiled";
		}
		DrlParser parser = new DrlParser();
		try {
			PackageDescr pkg = parser.parse(false, new String(bytes, StandardCharsets.UTF_8));
			if (parser.hasErrors() || pkg == null) {
				return "does not parse: " + parser.getErrors();
			}
			pkg.getRules().forEach(rule -> parsed.put(rule.getName(), rule));
			return null;
		}
		catch (DroolsParserException ex) {
			return "does not parse: " + ex.getMessage();
		}
	}

	private static Set<Outcome> proposals(String consequence) {
		Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
		Matcher proposal = PROPOSAL.matcher(consequence);
		while (proposal.find()) {
			Matcher outcome = OUTCOME.matcher(proposal.group(1));
			while (outcome.find()) {
				java.util.Arrays.stream(Outcome.values()).filter(o -> o.name().equals(outcome.group(1)))
					.forEach(outcomes::add);
			}
		}
		return outcomes;
	}

	private static Set<String> signals(String consequence) {
		Set<String> types = new LinkedHashSet<>();
		Matcher signal = SIGNAL.matcher(consequence);
		while (signal.find()) {
			types.add(signal.group(1));
		}
		return types;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
