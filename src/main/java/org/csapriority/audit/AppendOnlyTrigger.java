package org.csapriority.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** The embedded database's guard on the audit tables: rows may be added, never changed or removed. */
public class AppendOnlyTrigger implements Trigger {

	private String table;

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
		this.table = tableName;
	}

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit records are append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " on "
				+ table + " refused", "27000");
	}
}
