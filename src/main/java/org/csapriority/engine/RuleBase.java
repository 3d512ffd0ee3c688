package org.csapriority.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
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

	private RuleBase(KieBase kieBase, Policy policy, Map<String, RuleInfo> rulesByName, Map<String, String> fileHashes) {
		this.kieBase = kieBase;
		this.policy = policy;
		this.rulesByName = rulesByName;
		this.fileHashes = fileHashes;
	}

	public static RuleBase load(Path rulesDir) {
		List<Path> files = ruleFiles(rulesDir);
		Policy policy = PolicyLoader.load(rulesDir.resolve("policy.yaml"), RuleText.thresholdsUsed(files),
				RuleText.strengthsUsed(files));
		return compile(rulesDir, files, policy);
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
		return new RuleBase(kieBase, changed, rulesByName, java.util.Collections.unmodifiableMap(hashes));
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

	private static RuleBase compile(Path rulesDir, List<Path> files, Policy policy) {
		KieServices services = KieServices.Factory.get();
		KieFileSystem kfs = services.newKieFileSystem();
		// a fresh release id per build: a reload never picks up a module cached by an earlier build
		ReleaseId releaseId = services.newReleaseId("org.csapriority", "rules", "1.0." + System.nanoTime());
		kfs.generateAndWritePomXML(releaseId);
		Map<String, String> kfsToDisplay = new LinkedHashMap<>();
		for (Path file : files) {
			String kfsPath = KFS_PREFIX + "rules/" + rulesDir.relativize(file).toString().replace('\\', '/');
			kfsToDisplay.put(kfsPath, RuleText.display(file));
			kfs.write(kfsPath, services.getResources().newFileSystemResource(file.toFile()).setResourceType(ResourceType.DRL));
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
		return new RuleBase(kieBase, policy, catalogue(kieBase, kfsToDisplay), hashes(rulesDir, files));
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

	private static Map<String, String> hashes(Path rulesDir, List<Path> files) {
		Map<String, String> hashes = new LinkedHashMap<>();
		List<Path> all = new ArrayList<>(files);
		all.add(rulesDir.resolve("policy.yaml"));
		for (Path file : all) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
				hashes.put(RuleText.display(file), HexFormat.of().formatHex(digest));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return hashes;
	}
}
