package org.deputyaction.account.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletException;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions of the database, kept in memory between requests, with their last access
 * time written at most once per {@link #WRITE_INTERVAL} rather than on every request.
 * <p>
 * <b>Access time.</b> Every request of a signed-in user touches its session. Written back
 * each time, the access time costs a transaction and a WAL flush per page, and it changes
 * nothing a user would notice: the idle timeout (30 minutes) counts from the last time
 * written, so a session ends at most one interval earlier than it would otherwise.
 * <p>
 * <b>Kept sessions.</b> Reading a session from the database costs a transaction, a join
 * and the deserialisation of its attributes on every request. A session read or saved is
 * therefore kept here with the access time stored with it, which serves as its version:
 * every change of a session's attributes (the form token, the security context at
 * sign-in, flash messages) is written together with a new access time, on whichever node
 * made it. A request then asks the database for that one column by the session's id (one
 * indexed look-up, no transaction) and uses the kept session only if it is still there
 * with the same access time; a session ended on any node (signed out, timed out, ended by
 * {@link AccountSessions} when an account changes) is refused at once, and a session
 * changed on another node is read again. The first change a request makes to a kept
 * session reads it from the database and applies the change there, so what is written is
 * always the database's session plus this request's changes.
 */
final class KeptSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<KeptSessionRepository.KeptSession<S>> {

	static final Duration WRITE_INTERVAL = Duration.ofMinutes(1);

	/** How many sessions are kept at most; beyond that, sessions are simply read. */
	static final int MAX_KEPT = 10_000;

	private static final String STORED_ACCESS = "SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?";

	private final FindByIndexNameSessionRepository<S> sessions;

	private final JdbcOperations jdbc;

	private final Map<String, Snapshot> kept = new ConcurrentHashMap<>();

	private final ThreadLocal<KeptSession<S>> savedInRequest = new ThreadLocal<>();

	private final ThreadLocal<Boolean> inRequest = new ThreadLocal<>();

	private KeptSessionRepository(FindByIndexNameSessionRepository<S> sessions, JdbcOperations jdbc) {
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	static <S extends Session> KeptSessionRepository<S> over(FindByIndexNameSessionRepository<S> sessions,
			JdbcOperations jdbc) {
		return new KeptSessionRepository<>(sessions, jdbc);
	}

	@Override
	public KeptSession<S> createSession() {
		return new KeptSession<>(this, this.sessions.createSession(), null);
	}

	@Override
	public void save(KeptSession<S> session) {
		Instant accessed = session.accessed;
		boolean accessDue = accessed != null && !accessed.isBefore(session.storedAccess().plus(WRITE_INTERVAL));
		if (session.session == null && accessDue) {
			session.session = read(session.getId());
		}
		if (session.session != null) {
			write(session, accessDue);
		}
		if (this.inRequest.get() != null) {
			this.savedInRequest.set(session);
		}
	}

	private void write(KeptSession<S> session, boolean accessDue) {
		Instant accessed = session.accessed;
		S stored = session.session;
		if (session.changed) {
			// the new access time tells other nodes that the session changed
			Instant previous = stored.getLastAccessedTime();
			Instant now = (accessed != null) ? accessed : Instant.now();
			stored.setLastAccessedTime((now.toEpochMilli() > previous.toEpochMilli()) ? now : previous.plusMillis(1));
		}
		else if (accessDue) {
			stored.setLastAccessedTime(accessed);
		}
		this.sessions.save(stored);
		session.changed = false;
		if (!session.originalId.equals(stored.getId())) {
			this.kept.remove(session.originalId);
		}
		keep(stored);
	}

	@Override
	public KeptSession<S> findById(String id) {
		KeptSession<S> saved = this.savedInRequest.get();
		if (saved != null && saved.getId().equals(id)) {
			return saved;
		}
		Snapshot snapshot = this.kept.get(id);
		if (snapshot != null) {
			if (!snapshot.isExpired(Instant.now())) {
				List<Long> stored = this.jdbc.queryForList(STORED_ACCESS, Long.class, id);
				if (stored.isEmpty()) {
					this.kept.remove(id, snapshot);
					return null;
				}
				if (stored.get(0) == snapshot.storedAccess()) {
					return new KeptSession<>(this, null, snapshot);
				}
			}
			this.kept.remove(id, snapshot);
		}
		S session = this.sessions.findById(id);
		if (session == null) {
			return null;
		}
		KeptSession<S> read = new KeptSession<>(this, session, null);
		keep(session);
		return read;
	}

	@Override
	public void deleteById(String id) {
		this.savedInRequest.remove();
		this.kept.remove(id);
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, KeptSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, KeptSession<S>> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new KeptSession<>(this, session, null)));
		return found;
	}

	/**
	 * Runs one request, during which a session saved is handed back by {@link #findById}
	 * rather than read again; forgotten when the request ends.
	 */
	void withinRequest(RequestBody request) throws IOException, ServletException {
		this.inRequest.set(Boolean.TRUE);
		try {
			request.run();
		}
		finally {
			this.savedInRequest.remove();
			this.inRequest.remove();
		}
	}

	private void keep(S session) {
		if (session.isExpired()) {
			this.kept.remove(session.getId());
			return;
		}
		if (this.kept.size() >= MAX_KEPT && !this.kept.containsKey(session.getId())) {
			Instant now = Instant.now();
			this.kept.values().removeIf((s) -> s.isExpired(now));
			if (this.kept.size() >= MAX_KEPT) {
				return;
			}
		}
		Map<String, Object> attributes = new HashMap<>();
		for (String name : session.getAttributeNames()) {
			Object value = session.getAttribute(name);
			if (value != null) {
				attributes.put(name, value);
			}
		}
		this.kept.put(session.getId(),
				new Snapshot(session.getId(), session.getCreationTime(), session.getLastAccessedTime().toEpochMilli(),
						session.getMaxInactiveInterval(), Map.copyOf(attributes)));
	}

	private S read(String id) {
		return this.sessions.findById(id);
	}

	@FunctionalInterface
	interface RequestBody {

		void run() throws IOException, ServletException;

	}

	/** A session as stored, kept between requests; never changed once made. */
	private record Snapshot(String id, Instant creationTime, long storedAccess, Duration maxInactiveInterval,
			Map<String, Object> attributes) {

		boolean isExpired(Instant now) {
			return !this.maxInactiveInterval.isNegative()
					&& now.toEpochMilli() - this.maxInactiveInterval.toMillis() >= this.storedAccess;
		}

	}

	/**
	 * One request's session: read from a kept snapshot until the request changes it, then
	 * from the database's session, which the change is applied to. Its access time, set
	 * by each request, is kept here until the repository decides whether it is worth
	 * writing.
	 */
	static final class KeptSession<S extends Session> implements Session {

		private final KeptSessionRepository<S> repository;

		private final Snapshot snapshot;

		private final String originalId;

		private S session;

		private Instant accessed;

		private boolean changed;

		private SecurityContext securityContext;

		KeptSession(KeptSessionRepository<S> repository, S session, Snapshot snapshot) {
			this.repository = repository;
			this.session = session;
			this.snapshot = snapshot;
			this.originalId = (session != null) ? session.getId() : snapshot.id();
		}

		/**
		 * The database's session, read now if this one was kept; null if it has ended.
		 */
		private S read() {
			if (this.session == null) {
				this.session = this.repository.read(this.snapshot.id());
			}
			return this.session;
		}

		/** The database's session, to change. */
		private S materialize() {
			S stored = read();
			if (stored == null) {
				throw new IllegalStateException("The session ended while a request changed it");
			}
			return stored;
		}

		private Instant storedAccess() {
			return (this.session != null) ? this.session.getLastAccessedTime()
					: Instant.ofEpochMilli(this.snapshot.storedAccess());
		}

		@Override
		public String getId() {
			return (this.session != null) ? this.session.getId() : this.snapshot.id();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return materialize().changeSessionId();
		}

		/**
		 * An attribute of the kept session as this request's own, as if read from the
		 * database: the form token and strings as they are (they never change), the
		 * security context as a copy (signing out empties the context in place, which
		 * must not reach another request of the session running at that moment), and
		 * anything else (flash messages, a saved request) from the database's session.
		 */
		@Override
		@SuppressWarnings("unchecked")
		public <T> T getAttribute(String attributeName) {
			if (this.session != null) {
				return this.session.getAttribute(attributeName);
			}
			Object value = this.snapshot.attributes().get(attributeName);
			if (value == null || value instanceof CsrfToken || value instanceof String) {
				return (T) value;
			}
			if (value instanceof SecurityContext kept) {
				if (this.securityContext == null) {
					this.securityContext = new SecurityContextImpl(kept.getAuthentication());
				}
				return (T) this.securityContext;
			}
			S stored = read();
			return (stored != null) ? stored.getAttribute(attributeName) : (T) value;
		}

		@Override
		public Set<String> getAttributeNames() {
			return (this.session != null) ? this.session.getAttributeNames() : this.snapshot.attributes().keySet();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			materialize().setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			if (this.session == null && !this.snapshot.attributes().containsKey(attributeName)) {
				return;
			}
			this.changed = true;
			materialize().removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return (this.session != null) ? this.session.getCreationTime() : this.snapshot.creationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.accessed = lastAccessedTime;
		}

		@Override
		public Instant getLastAccessedTime() {
			return (this.accessed != null) ? this.accessed : storedAccess();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			materialize().setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return (this.session != null) ? this.session.getMaxInactiveInterval() : this.snapshot.maxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return (this.session != null) ? this.session.isExpired() : this.snapshot.isExpired(Instant.now());
		}

	}

}
