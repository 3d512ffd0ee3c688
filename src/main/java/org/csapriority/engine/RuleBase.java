package org.csapriority.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;

import org.csapriority.scenario.InputProblem;
import org.csapriority.scenario.InvalidInputException;

/**
 * The compiled rules of one folder with its policy. Built once and shared: sessions are cheap, the
 * compile is not. A folder that fails to compile yields no rule base at all, so rules that work are
 * never replaced by rules that do not.
 */
public final class RuleBase {

	private static final String KFS_PREFIX = "src/main/resources/";

	private final KieBase kieBase;

	private final Policy policy;

	private final Map<String, RuleInfo> rulesByName;

	private final Map<String, String> fileHashes;

	private final Map<String, String> sources;

	private RuleBase(KieBase kieBase, Policy policy, Map<String, RuleInfo> rulesByName, Map<String, String> fileHashes,
			Map<String, String> sources) {
		this.kieBase = kieBase;
		this.policy = policy;
		this.rulesByName = rulesByName;
		this.fileHashes = fileHashes;
		this.sources = sources;
	}

	public static RuleBase load(Path rulesDir) {
		Map<String, String> sources = new LinkedHashMap<>();
		for (Path file : ruleFiles(rulesDir)) {
			sources.put(RuleText.display(file), read(file));
		}
		Path policyFile = rulesDir.resolve("policy.yaml");
		String policyName = RuleText.display(policyFile);
		if (!Files.isRegularFile(policyFile)) {
			throw new InvalidInputException(new InputProblem(policyName, 0, null, "policy file not found"));
		}
		sources.put(policyName, read(policyFile));
		return fromSources(sources);
	}

	/**
	 * Compiles rules from their texts, keyed by the names their files had: how a recorded run's rules are
	 * rebuilt exactly as they ran, file names in every justification included. The one key ending in
	 * {@code policy.yaml} is the policy; every key ending in {@code .drl} is a rule file.
	 */
	public static RuleBase fromSources(Map<String, String> sources) {
		Map<String, String> drl = new java.util.TreeMap<>();
		String policyName = null;
		for (Map.Entry<String, String> source : sources.entrySet()) {
			if (source.getKey().endsWith(".drl")) {
				drl.put(source.getKey(), source.getValue());
			}
			else if (source.getKey().endsWith("policy.yaml")) {
				policyName = source.getKey();
			}
		}
		if (drl.isEmpty()) {
			throw new InvalidInputException(new InputProblem("rules", 0, null, "no .drl rule files"));
		}
		if (policyName == null) {
			throw new InvalidInputException(new InputProblem("rules", 0, null, "policy file not found"));
		}
		Policy policy = PolicyLoader.load(policyName, sources.get(policyName), RuleText.thresholdsUsed(drl),
				RuleText.strengthsUsed(drl));
		Map<String, String> all = new LinkedHashMap<>(drl);
		all.put(policyName, sources.get(policyName));
		return compile(java.util.Collections.unmodifiableMap(all), policy);
	}


	/**
	 * The same compiled rules read with another policy, as a what-if on thresholds or weights asks. The
	 * compiled KieBase is shared, since the rules take the policy as a session global: no recompile. The
	 * policy file's hash is marked, so a record never claims the file's policy was the one that ran.
	 */
	public RuleBase withPolicy(Policy changed) {
		Map<String, String> hashes = new LinkedHashMap<>();
		fileHashes.forEach((file, hash) -> hashes.put(file,
				file.endsWith("policy.yaml") && !changed.equals(policy) ? "changed from " + hash : hash));
		return new RuleBase(kieBase, changed, rulesByName, java.util.Collections.unmodifiableMap(hashes), sources);
	}

	public KieBase kieBase() {
		return kieBase;
	}

	public Policy policy() {
		return policy;
	}

	public RuleInfo rule(String name) {
		return rulesByName.get(name);
	}

	public List<RuleInfo> catalogue() {
		return rulesByName.values().stream().sorted(java.util.Comparator.comparing(RuleInfo::ruleId)).toList();
	}

	/** SHA-256 of every rule and policy file, so a record can say exactly which rules it ran. */
	public Map<String, String> fileHashes() {
		return fileHashes;
	}

	/**
	 * The text of every rule file and of the policy file as compiled, keyed as {@link #fileHashes()}: what a
	 * recorded run stores so that it can be replayed with exactly these rules.
	 */
	public Map<String, String> sources() {
		return sources;
	}

	private static RuleBase compile(Map<String, String> sources, Policy policy) {
		KieServices services = KieServices.Factory.get();
		KieFileSystem kfs = services.newKieFileSystem();
		// a fresh release id per build: a reload never picks up a module cached by an earlier build
		ReleaseId releaseId = services.newReleaseId("org.csapriority", "rules", "1.0." + System.nanoTime());
		kfs.generateAndWritePomXML(releaseId);
		Map<String, String> kfsToDisplay = new LinkedHashMap<>();
		int index = 0;
		for (Map.Entry<String, String> source : sources.entrySet()) {
			if (!source.getKey().endsWith(".drl")) {
				continue;
			}
			// the module path only has to be unique; messages are mapped back to the user's file name
			String kfsPath = KFS_PREFIX + "rules/" + (index++) + "-" + Path.of(source.getKey()).getFileName();
			kfsToDisplay.put(kfsPath, source.getKey());
			kfs.write(services.getResources()
				.newByteArrayResource(source.getValue().getBytes(StandardCharsets.UTF_8))
				.setSourcePath(kfsPath)
				.setResourceType(ResourceType.DRL));
		}
		ClassLoader loader = RuleBase.class.getClassLoader();
		KieBuilder builder = services.newKieBuilder(kfs, loader);
		builder.buildAll();
		List<InputProblem> errors = errors(builder, kfsToDisplay);
		if (!errors.isEmpty()) {
			services.getRepository().removeKieModule(releaseId);
			throw new InvalidInputException(errors);
		}
		KieBase kieBase = services.newKieContainer(releaseId, loader).getKieBase();
		services.getRepository().removeKieModule(releaseId);
		return new RuleBase(kieBase, policy, catalogue(kieBase, kfsToDisplay), hashes(sources), sources);
	}

	private static List<InputProblem> errors(KieBuilder builder, Map<String, String> kfsToDisplay) {
		List<InputProblem> errors = new ArrayList<>();
		for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
			String text = message.getText().strip().replaceAll("\\s+", " ");
			// the parser adds a second, content-free message after every syntax error
			if (text.startsWith("Parser returned a null Package")) {
				continue;
			}
			String path = display(message.getPath(), kfsToDisplay);
			errors.add(RuleMessages.problem(path, Math.max(message.getLine(), 0), text));
		}
		return errors;
	}

	/** The user's path of a rule file, whichever form of it Drools reports. */
	private static String display(String path, Map<String, String> kfsToDisplay) {
		if (path == null) {
			return null;
		}
		return kfsToDisplay.getOrDefault(path, kfsToDisplay.getOrDefault(KFS_PREFIX + path, path));
	}

	private static Map<String, RuleInfo> catalogue(KieBase kieBase, Map<String, String> kfsToDisplay) {
		Map<String, RuleInfo> rules = new LinkedHashMap<>();
		List<InputProblem> problems = new ArrayList<>();
		Map<String, String> ids = new LinkedHashMap<>();
		kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
			RuleInfo info = info(rule, kfsToDisplay);
			int line = RuleMessages.ruleLine(info.file(), rule.getName());
			if (info.ruleId() == null || info.description() == null) {
				problems.add(new InputProblem(info.file(), line, "rule \"" + rule.getName() + "\"",
						"every rule needs @ruleId and @description metadata"));
			}
			else if (ids.putIfAbsent(info.ruleId(), rule.getName()) != null) {
				problems.add(new InputProblem(info.file(), line, "rule \"" + rule.getName() + "\"",
						"@ruleId " + info.ruleId() + " is already used by rule \"" + ids.get(info.ruleId()) + "\""));
			}
			rules.put(rule.getName(), info);
		}));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return rules;
	}

	private static RuleInfo info(Rule rule, Map<String, String> kfsToDisplay) {
		Map<String, Object> meta = rule.getMetaData();
		String file = null;
		if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
			file = display(impl.getResource().getSourcePath(), kfsToDisplay);
		}
		// Drools files @description under its own annotation type's name
		Object description = meta.getOrDefault("description", meta.get(org.kie.api.definition.type.Description.class.getName()));
		return new RuleInfo(text(meta.get("ruleId")), rule.getName(), file, text(description),
				text(meta.get("statute")), text(meta.get("driver")));
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static List<Path> ruleFiles(Path rulesDir) {
		if (!Files.isDirectory(rulesDir)) {
			throw new InvalidInputException(new InputProblem(RuleText.display(rulesDir), 0, null, "rules folder not found"));
		}
		try (Stream<Path> walk = Files.walk(rulesDir)) {
			List<Path> files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
			if (files.isEmpty()) {
				throw new InvalidInputException(new InputProblem(RuleText.display(rulesDir), 0, null, "no .drl rule files"));
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> hashes(Map<String, String> sources) {
		Map<String, String> hashes = new LinkedHashMap<>();
		sources.forEach((name, text) -> hashes.put(name, sha256(text)));
		return java.util.Collections.unmodifiableMap(hashes);
	}

	/** SHA-256 of a text's UTF-8 bytes, in lower-case hex: the same as the file's hash. */
	public static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new InvalidInputException(new InputProblem(RuleText.display(file), 0, null, "cannot be read: " + ex.getMessage()));
		}
	}
}
