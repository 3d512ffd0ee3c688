package org.csapriority.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded database's guard on the chain's head: it is never removed and only moves one place forward, to
 * a record written in the same transaction. Rolling the head back to hide deleted records is refused.
 */
public class ChainHeadTrigger implements Trigger {

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		if (newRow == null) {
			throw new SQLException("the audit chain's head is never removed", "27000");
		}
		long from = ((Number) oldRow[1]).longValue();
		long to = ((Number) newRow[1]).longValue();
		if (to != from + 1 || !written(conn, to, String.valueOf(newRow[2]))) {
			throw new SQLException("the audit chain's head only moves forward, to the record just written", "27000");
		}
	}

	private static boolean written(Connection conn, long seq, String hash) throws SQLException {
		try (PreparedStatement query = conn.prepareStatement("select 1 from run_record where seq = ? and record_hash = ? "
				+ "union all select 1 from decision_record where seq = ? and record_hash = ?")) {
			query.setLong(1, seq);
			query.setString(2, hash);
			query.setLong(3, seq);
			query.setString(4, hash);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}
}
