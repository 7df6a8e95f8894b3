package org.deputyaction.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.deputyaction.account.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Records who changed which record and when, inside the caller's transaction, and reads a
 * record's latest changes. The user is the signed-in one ({@code system} otherwise).
 */
@Service
public class AuditLog {

	/** A record was created. */
	public static final String CREATED = "CREATED";

	/** A record was edited. */
	public static final String UPDATED = "UPDATED";

	/** A record was deactivated. */
	public static final String DEACTIVATED = "DEACTIVATED";

	/** A record was reactivated. */
	public static final String REACTIVATED = "REACTIVATED";

	static final String SYSTEM_USER = "system";

	private static final int MAX_DETAILS = 4000;

	/** The prefecture's time zone, in which change times are shown. */
	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records one change of the record {@code code} of {@code entityType}.
	 * @param entityType the kind of record, e.g. {@code venue}
	 * @param code the record's stable code
	 * @param action what happened, e.g. {@link #UPDATED}
	 * @param details what changed, as text; may be empty
	 */
	@Transactional
	public void record(String entityType, String code, String action, String details) {
		Assert.hasText(entityType, "entityType is required");
		Assert.hasText(code, "code is required");
		Assert.hasText(action, "action is required");
		String username = CurrentUser.get().map(CurrentUser::getUsername).orElse(SYSTEM_USER);
		String text = (details != null && details.length() > MAX_DETAILS) ? details.substring(0, MAX_DETAILS) : details;
		this.jdbc.sql("insert into change_log (entity_type, code, action, details, username) values (?, ?, ?, ?, ?)")
			.params(entityType, code, action, text, username)
			.update();
	}

	/**
	 * The latest changes of one record, newest first: one statement.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(String entityType, String code, int limit) {
		return this.jdbc.sql("""
				select changed_at, username, action, details from change_log
				where entity_type = ? and code = ? order by changed_at desc, id desc limit ?
				""")
			.params(entityType, code, limit)
			.query((rs, row) -> new AuditEntry(
					rs.getObject("changed_at", OffsetDateTime.class).atZoneSameInstant(ZONE).toOffsetDateTime(),
					rs.getString("username"), rs.getString("action"), rs.getString("details")))
			.list();
	}

}
