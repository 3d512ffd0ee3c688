package org.csapriority.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.csapriority.engine.RuleBase;

/**
 * The audit tables. Records are only ever inserted, each in one transaction that also moves the chain's
 * head, so a record is either wholly written with its place in the chain or not written at all. The head
 * row is locked for the length of that transaction: appends from several processes take turns.
 */
public final class AuditStore {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int FETCH = 50;

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

	private final AuditDatabase database;

	public AuditStore(AuditDatabase database) {
		this.database = database;
	}

	public AuditDatabase database() {
		return database;
	}

	// ---- appending ---------------------------------------------------------------------------------------------

	RunRecord append(NewRun run) {
		return inTransaction("the run was not recorded", conn -> {
			Head head = lockHead(conn);
			long seq = head.seq() + 1;
			Map<String, String> ruleHashes = new TreeMap<>();
			for (Map.Entry<String, String> source : run.ruleSources().entrySet()) {
				String sha = RuleBase.sha256(source.getValue());
				ruleHashes.put(source.getKey(), sha);
				storeRuleFile(conn, sha, source.getValue());
			}
			RunRecord partial = new RunRecord(seq, "run-" + seq, now(), run.recordedBy(), run.origin(),
					run.scenarioName(), run.scenarioContent(), RuleBase.sha256(run.scenarioContent()),
					run.scenarioFiles(), run.changes(), ruleHashes, run.policy(), run.engineVersion(), run.randomSeed(),
					run.samples(), run.result(), RuleBase.sha256(run.result()), head.hash(), null);
			RunRecord record = withHash(partial, RecordHashes.run(partial));
			try (PreparedStatement insert = conn.prepareStatement("insert into run_record (seq, run_id, recorded_at, "
					+ "recorded_by, origin, scenario_name, scenario_content, scenario_sha256, scenario_files, changes, "
					+ "rule_files, policy, engine_version, random_seed, samples, result, result_sha256, prev_hash, "
					+ "record_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				insert.setLong(1, record.seq());
				insert.setString(2, record.runId());
				insert.setObject(3, OffsetDateTime.ofInstant(record.recordedAt(), ZoneOffset.UTC));
				insert.setString(4, record.recordedBy());
				insert.setString(5, record.origin());
				insert.setString(6, record.scenarioName());
				insert.setString(7, record.scenarioContent());
				insert.setString(8, record.scenarioSha256());
				insert.setString(9, json(new TreeMap<>(record.scenarioFiles())));
				insert.setString(10, record.changes());
				insert.setString(11, json(new TreeMap<>(record.ruleFiles())));
				insert.setString(12, record.policy());
				insert.setString(13, record.engineVersion());
				setLong(insert, 14, record.randomSeed());
				setInt(insert, 15, record.samples());
				insert.setString(16, record.result());
				insert.setString(17, record.resultSha256());
				insert.setString(18, record.prevHash());
				insert.setString(19, record.recordHash());
				insert.executeUpdate();
			}
			moveHead(conn, seq, record.recordHash());
			return record;
		});
	}

	DecisionRecord append(NewDecision decision) {
		return inTransaction("the decision was not recorded", conn -> {
			Head head = lockHead(conn);
			long seq = head.seq() + 1;
			DecisionRecord partial = new DecisionRecord(seq, "decision-" + seq, decision.runId(), decision.itemId(),
					decision.itemName(), decision.engineOutcome(), decision.adoptedOutcome(), decision.rationale(),
					decision.decidingBody(), decision.decidedOn(), now(), decision.recordedBy(), head.hash(), null);
			DecisionRecord record = withHash(partial, RecordHashes.decision(partial));
			try (PreparedStatement insert = conn.prepareStatement("insert into decision_record (seq, decision_id, run_id, "
					+ "item_id, item_name, engine_outcome, adopted_outcome, rationale, deciding_body, decided_on, "
					+ "recorded_at, recorded_by, prev_hash, record_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				insert.setLong(1, record.seq());
				insert.setString(2, record.decisionId());
				insert.setString(3, record.runId());
				insert.setString(4, record.itemId());
				insert.setString(5, record.itemName());
				insert.setString(6, record.engineOutcome());
				insert.setString(7, record.adoptedOutcome());
				insert.setString(8, record.rationale());
				insert.setString(9, record.decidingBody());
				insert.setObject(10, record.decidedOn());
				insert.setObject(11, OffsetDateTime.ofInstant(record.recordedAt(), ZoneOffset.UTC));
				insert.setString(12, record.recordedBy());
				insert.setString(13, record.prevHash());
				insert.setString(14, record.recordHash());
				insert.executeUpdate();
			}
			moveHead(conn, seq, record.recordHash());
			return record;
		});
	}

	// ---- reading -----------------------------------------------------------------------------------------------

	public Optional<RunRecord> run(String runId) {
		return read("the run cannot be read", conn -> {
			try (PreparedStatement query = conn.prepareStatement("select * from run_record where run_id = ?")) {
				query.setString(1, runId);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(run(rows)) : Optional.empty();
				}
			}
		});
	}

	/** The latest runs first, at most {@code limit}. */
	public List<RunSummary> runs(int limit) {
		return read("the runs cannot be listed", conn -> {
			Map<String, Integer> decisions = new HashMap<>();
			try (PreparedStatement query = conn.prepareStatement("select run_id, count(*) from decision_record group by run_id");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					decisions.put(rows.getString(1), rows.getInt(2));
				}
			}
			List<RunSummary> runs = new ArrayList<>();
			try (PreparedStatement query = conn.prepareStatement("select seq, run_id, recorded_at, recorded_by, origin, "
					+ "scenario_name, scenario_sha256, changes, engine_version from run_record order by seq desc")) {
				query.setMaxRows(limit);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						String changes = rows.getString("changes");
						runs.add(new RunSummary(rows.getLong("seq"), rows.getString("run_id"), instant(rows, "recorded_at"),
								rows.getString("recorded_by"), rows.getString("origin"), rows.getString("scenario_name"),
								rows.getString("scenario_sha256"), changes != null && !changes.strip().equals("[]"),
								rows.getString("engine_version"), decisions.getOrDefault(rows.getString("run_id"), 0)));
					}
				}
			}
			return runs;
		});
	}

	public List<DecisionRecord> decisions(String runId) {
		return read("the decisions cannot be read", conn -> {
			List<DecisionRecord> decisions = new ArrayList<>();
			try (PreparedStatement query = conn.prepareStatement("select * from decision_record where run_id = ? order by seq")) {
				query.setString(1, runId);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						decisions.add(decision(rows));
					}
				}
			}
			return decisions;
		});
	}

	/** The texts of a run's rule and policy files, keyed by their file names, as the run compiled them. */
	public Map<String, String> ruleSources(RunRecord run) {
		return read("the run's rule files cannot be read", conn -> {
			Map<String, String> sources = new LinkedHashMap<>();
			try (PreparedStatement query = conn.prepareStatement("select content from rule_file where sha256 = ?")) {
				for (Map.Entry<String, String> file : new TreeMap<>(run.ruleFiles()).entrySet()) {
					query.setString(1, file.getValue());
					try (ResultSet rows = query.executeQuery()) {
						if (!rows.next()) {
							throw new CorruptRecordException(run.runId() + ": rule file " + file.getKey() + " (SHA-256 "
									+ file.getValue() + ") is missing from the audit database");
						}
						String content = rows.getString(1);
						if (!RuleBase.sha256(content).equals(file.getValue())) {
							throw new CorruptRecordException(run.runId() + ": stored rule file " + file.getKey()
									+ " no longer matches its SHA-256 " + file.getValue());
						}
						sources.put(file.getKey(), content);
					}
				}
			}
			return sources;
		});
	}

	// ---- verifying ---------------------------------------------------------------------------------------------

	/** One record of either kind as the chain check needs it: where it is, what it links to, what it hashes to. */
	private record Link(long seq, String id, String storedHash, String prevHash, String computedHash, String contentProblem) {
	}

	/**
	 * Walks the chain in order and reports every break: records whose content no longer matches their hash,
	 * gaps where records were deleted (also at the end, against the chain's head), records linked after another
	 * record than the one before them, places used twice, rule files that are missing or changed, and records
	 * added around the application. The head is read first and only records up to it are checked, so runs
	 * recorded while the check runs are left for the next check rather than taken for tampering.
	 * {@code anchors} are places and hashes kept outside the database (e.g. in the minutes of a meeting): each
	 * must still be in the chain with that hash.
	 */
	public Verification verify(List<Anchor> anchors) {
		return read("the audit trail cannot be verified", conn -> {
			Head head = head(conn);
			List<Link> links = new ArrayList<>();
			List<ChainProblem> problems = new ArrayList<>();
			Map<String, String> ruleFileHashes = new HashMap<>();
			try (PreparedStatement query = conn.prepareStatement("select sha256, content from rule_file");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ruleFileHashes.put(rows.getString(1), RuleBase.sha256(rows.getString(2)));
				}
			}
			// a long trail is read a few records at a time: PostgreSQL streams only inside a transaction
			conn.setAutoCommit(false);
			try (PreparedStatement query = conn.prepareStatement("select * from run_record where seq <= ? order by seq")) {
				query.setFetchSize(FETCH);
				query.setLong(1, head.seq());
				ResultSet rows = query.executeQuery();
				while (rows.next()) {
					RunRecord run = run(rows);
					links.add(new Link(run.seq(), run.runId(), run.recordHash(), run.prevHash(), RecordHashes.run(run),
							contentProblem(run, rows)));
					for (Map.Entry<String, String> file : new TreeMap<>(run.ruleFiles()).entrySet()) {
						String actual = ruleFileHashes.get(file.getValue());
						if (actual == null || !actual.equals(file.getValue())) {
							problems.add(new ChainProblem(run.seq(), run.runId(), ChainProblem.Kind.RULE_FILE,
									"record " + run.seq() + " (" + run.runId() + "): rule file " + file.getKey() + " "
											+ (actual == null ? "is missing" : "was edited: it no longer matches its SHA-256")));
						}
					}
				}
			}
			try (PreparedStatement query = conn.prepareStatement("select * from decision_record where seq <= ? order by seq")) {
				query.setFetchSize(FETCH);
				query.setLong(1, head.seq());
				ResultSet rows = query.executeQuery();
				while (rows.next()) {
					DecisionRecord decision = decision(rows);
					links.add(new Link(decision.seq(), decision.decisionId(), decision.recordHash(), decision.prevHash(),
							RecordHashes.decision(decision), null));
				}
			}
			conn.commit();
			links.sort(Comparator.comparingLong(Link::seq));
			problems.addAll(walk(links, head));
			problems.addAll(beyondHead(conn, head.seq()));
			problems.addAll(anchored(links, anchors));
			problems.sort(Comparator.comparingLong(ChainProblem::seq));
			return new Verification(database.settings().displayUrl(), links.size(), head.seq(), head.hash(), problems);
		});
	}

	/**
	 * What an edit of the stored text can break that the record's hash does not see: the big texts against their
	 * own SHA-256, and the file maps against the one way they are written.
	 */
	private static String contentProblem(RunRecord run, ResultSet rows) throws SQLException {
		if (!RuleBase.sha256(run.scenarioContent()).equals(run.scenarioSha256())) {
			return "its stored scenario no longer matches the scenario SHA-256 it was recorded with";
		}
		if (!RuleBase.sha256(run.result()).equals(run.resultSha256())) {
			return "its stored result no longer matches the result SHA-256 it was recorded with";
		}
		if (!json(new TreeMap<>(run.scenarioFiles())).equals(rows.getString("scenario_files"))
				|| !json(new TreeMap<>(run.ruleFiles())).equals(rows.getString("rule_files"))) {
			return "its list of scenario or rule files is not as it was written";
		}
		return null;
	}

	private static List<ChainProblem> walk(List<Link> links, Head head) {
		List<ChainProblem> problems = new ArrayList<>();
		Map<String, Link> byHash = new HashMap<>();
		links.forEach(link -> byHash.put(link.storedHash(), link));
		String expectedPrev = RecordHashes.GENESIS;
		long expectedSeq = 1;
		Link previous = null;
		for (Link link : links) {
			String name = "record " + link.seq() + " (" + link.id() + ")";
			if (previous != null && link.seq() == previous.seq()) {
				problems.add(new ChainProblem(link.seq(), link.id(), ChainProblem.Kind.REORDERED, name + " was moved: its place is "
						+ "also held by " + previous.id()));
				continue;
			}
			boolean gap = link.seq() != expectedSeq;
			if (gap) {
				problems.add(new ChainProblem(expectedSeq, null, ChainProblem.Kind.DELETED, expectedSeq == link.seq() - 1
						? "record " + expectedSeq + " was deleted: the chain goes from record " + (expectedSeq - 1) + " to " + name
						: "records " + expectedSeq + " to " + (link.seq() - 1) + " were deleted: the chain goes from record "
								+ (expectedSeq - 1) + " to " + name));
			}
			if (link.contentProblem() != null) {
				problems.add(new ChainProblem(link.seq(), link.id(), ChainProblem.Kind.EDITED, name + " was edited: "
						+ link.contentProblem()));
			}
			else if (!link.computedHash().equals(link.storedHash())) {
				problems.add(new ChainProblem(link.seq(), link.id(), ChainProblem.Kind.EDITED, name
						+ " was edited: its fields no longer match the hash it was recorded with"));
			}
			if (!gap && !link.prevHash().equals(expectedPrev)) {
				Link actualPrevious = byHash.get(link.prevHash());
				if (actualPrevious != null) {
					problems.add(new ChainProblem(link.seq(), link.id(), ChainProblem.Kind.REORDERED, name
							+ " is out of order: it was recorded after record " + actualPrevious.seq() + " ("
							+ actualPrevious.id() + "), not after the record now before it"));
				}
				else {
					// the record before was rewritten with a fresh hash of its own, or this one was made to follow it
					problems.add(new ChainProblem(previous == null ? link.seq() : previous.seq(),
							previous == null ? link.id() : previous.id(), ChainProblem.Kind.EDITED,
							(previous == null ? name + " does not start the chain"
									: "record " + previous.seq() + " (" + previous.id() + ") was replaced, or " + name
											+ " was put after it: " + name + " was chained to a record that is no longer there")));
				}
			}
			expectedPrev = link.storedHash();
			expectedSeq = link.seq() + 1;
			previous = link;
		}
		if (head.seq() >= expectedSeq) {
			problems.add(new ChainProblem(expectedSeq, null, ChainProblem.Kind.DELETED, head.seq() == expectedSeq
					? "record " + expectedSeq + ", the last one written, was deleted"
					: "records " + expectedSeq + " to " + head.seq() + ", the last ones written, were deleted"));
		}
		else if (!head.hash().equals(expectedPrev)) {
			problems.add(new ChainProblem(head.seq(), null, ChainProblem.Kind.EDITED, "record " + head.seq()
					+ " is not the record the chain's head was written with"));
		}
		return problems;
	}

	/**
	 * Records above the chain's head were not written by the application, which moves the head in the same
	 * transaction as it writes each record. The records are read before the head: a record the application
	 * committed meanwhile is then always below the head read after it.
	 */
	private static List<ChainProblem> beyondHead(Connection conn, long checkedTo) throws SQLException {
		Map<Long, String> above = new TreeMap<>();
		try (PreparedStatement query = conn.prepareStatement("select seq, run_id from run_record where seq > ? "
				+ "union all select seq, decision_id from decision_record where seq > ?")) {
			query.setLong(1, checkedTo);
			query.setLong(2, checkedTo);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					above.put(rows.getLong(1), rows.getString(2));
				}
			}
		}
		Head head = head(conn);
		List<ChainProblem> problems = new ArrayList<>();
		above.forEach((seq, id) -> {
			if (seq > head.seq()) {
				problems.add(new ChainProblem(seq, id, ChainProblem.Kind.EDITED, "record " + seq + " (" + id
						+ ") was added around the application: the chain's head ends at record " + head.seq()));
			}
		});
		return problems;
	}

	private static List<ChainProblem> anchored(List<Link> links, List<Anchor> anchors) {
		Map<Long, Link> bySeq = new HashMap<>();
		links.forEach(link -> bySeq.putIfAbsent(link.seq(), link));
		List<ChainProblem> problems = new ArrayList<>();
		for (Anchor anchor : anchors) {
			Link link = bySeq.get(anchor.seq());
			if (link == null) {
				problems.add(new ChainProblem(anchor.seq(), null, ChainProblem.Kind.DELETED, "record " + anchor.seq()
						+ ", anchored as " + anchor + ", is no longer in the chain"));
			}
			else if (!link.storedHash().equals(anchor.hash())) {
				problems.add(new ChainProblem(anchor.seq(), link.id(), ChainProblem.Kind.EDITED, "record " + anchor.seq() + " ("
						+ link.id() + ") is not the record anchored as " + anchor + ": the chain was rewritten from there on"));
			}
		}
		return problems;
	}

	// ---- plumbing ----------------------------------------------------------------------------------------------

	private record Head(long seq, String hash) {
	}

	private static Head lockHead(Connection conn) throws SQLException {
		try (PreparedStatement query = conn.prepareStatement("select seq, record_hash from chain_head where id = 1 for update");
				ResultSet rows = query.executeQuery()) {
			if (!rows.next()) {
				throw new CorruptRecordException("the audit trail's chain head is missing");
			}
			return new Head(rows.getLong(1), rows.getString(2));
		}
	}

	private static Head head(Connection conn) throws SQLException {
		try (PreparedStatement query = conn.prepareStatement("select seq, record_hash from chain_head where id = 1");
				ResultSet rows = query.executeQuery()) {
			return rows.next() ? new Head(rows.getLong(1), rows.getString(2)) : new Head(0, RecordHashes.GENESIS);
		}
	}

	private static void moveHead(Connection conn, long seq, String hash) throws SQLException {
		try (PreparedStatement update = conn.prepareStatement("update chain_head set seq = ?, record_hash = ? where id = 1")) {
			update.setLong(1, seq);
			update.setString(2, hash);
			update.executeUpdate();
		}
	}

	private static void storeRuleFile(Connection conn, String sha, String content) throws SQLException {
		try (PreparedStatement query = conn.prepareStatement("select 1 from rule_file where sha256 = ?")) {
			query.setString(1, sha);
			try (ResultSet rows = query.executeQuery()) {
				if (rows.next()) {
					return;
				}
			}
		}
		try (PreparedStatement insert = conn.prepareStatement("insert into rule_file (sha256, content) values (?, ?)")) {
			insert.setString(1, sha);
			insert.setString(2, content);
			insert.executeUpdate();
		}
	}

	private static RunRecord run(ResultSet rows) throws SQLException {
		return new RunRecord(rows.getLong("seq"), rows.getString("run_id"), instant(rows, "recorded_at"),
				rows.getString("recorded_by"), rows.getString("origin"), rows.getString("scenario_name"),
				rows.getString("scenario_content"), rows.getString("scenario_sha256"),
				map(rows.getString("scenario_files"), rows.getString("run_id")), rows.getString("changes"),
				map(rows.getString("rule_files"), rows.getString("run_id")), rows.getString("policy"),
				rows.getString("engine_version"), (Long) rows.getObject("random_seed", Long.class),
				(Integer) rows.getObject("samples", Integer.class), rows.getString("result"),
				rows.getString("result_sha256"), rows.getString("prev_hash"), rows.getString("record_hash"));
	}

	private static DecisionRecord decision(ResultSet rows) throws SQLException {
		return new DecisionRecord(rows.getLong("seq"), rows.getString("decision_id"), rows.getString("run_id"),
				rows.getString("item_id"), rows.getString("item_name"), rows.getString("engine_outcome"),
				rows.getString("adopted_outcome"), rows.getString("rationale"), rows.getString("deciding_body"),
				rows.getObject("decided_on", LocalDate.class), instant(rows, "recorded_at"), rows.getString("recorded_by"),
				rows.getString("prev_hash"), rows.getString("record_hash"));
	}

	private static Instant instant(ResultSet rows, String column) throws SQLException {
		return rows.getObject(column, OffsetDateTime.class).toInstant();
	}

	/** A stored map that is no longer JSON is a record edited by hand: verification must go on and say so. */
	private static Map<String, String> map(String json, String recordId) {
		try {
			return json == null ? Map.of() : JSON.readValue(json, STRING_MAP);
		}
		catch (JsonProcessingException ex) {
			return Map.of("(unreadable in " + recordId + ")", json);
		}
	}

	static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Times are kept to the millisecond, which every supported database stores exactly. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		}
		else {
			statement.setLong(index, value);
		}
	}

	private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.INTEGER);
		}
		else {
			statement.setInt(index, value);
		}
	}

	private static RunRecord withHash(RunRecord r, String hash) {
		return new RunRecord(r.seq(), r.runId(), r.recordedAt(), r.recordedBy(), r.origin(), r.scenarioName(),
				r.scenarioContent(), r.scenarioSha256(), r.scenarioFiles(), r.changes(), r.ruleFiles(), r.policy(),
				r.engineVersion(), r.randomSeed(), r.samples(), r.result(), r.resultSha256(), r.prevHash(), hash);
	}

	private static DecisionRecord withHash(DecisionRecord d, String hash) {
		return new DecisionRecord(d.seq(), d.decisionId(), d.runId(), d.itemId(), d.itemName(), d.engineOutcome(),
				d.adoptedOutcome(), d.rationale(), d.decidingBody(), d.decidedOn(), d.recordedAt(), d.recordedBy(),
				d.prevHash(), hash);
	}

	@FunctionalInterface
	private interface Work<T> {
		T apply(Connection conn) throws SQLException;
	}

	private <T> T inTransaction(String consequence, Work<T> work) {
		try (Connection conn = database.connect()) {
			conn.setAutoCommit(false);
			try {
				T result = work.apply(conn);
				conn.commit();
				return result;
			}
			catch (SQLException | RuntimeException ex) {
				conn.rollback();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new AuditUnavailableException("audit database " + database.settings().displayUrl() + ": " + consequence
					+ ": " + database.reason(ex), ex);
		}
	}

	private <T> T read(String consequence, Work<T> work) {
		try (Connection conn = database.connect()) {
			return work.apply(conn);
		}
		catch (SQLException ex) {
			throw new AuditUnavailableException("audit database " + database.settings().displayUrl() + ": " + consequence
					+ ": " + database.reason(ex), ex);
		}
	}
}
