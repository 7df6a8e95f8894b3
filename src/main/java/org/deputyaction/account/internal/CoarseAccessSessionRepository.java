package org.deputyaction.account.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions of the database, with their last access time written at most once per
 * {@link #WRITE_INTERVAL} rather than on every request.
 * <p>
 * Every request of a signed-in user touches its session. Written back each time, the
 * access time costs a transaction and a WAL flush per page, and it changes nothing a user
 * would notice: the idle timeout (30 minutes) counts from the last time written, so a
 * session ends at most one interval earlier than it would otherwise. Attribute changes
 * (the form token, a new id at sign-in) are written at once, as before; so is the access
 * time of a session whose stored one is older than the interval.
 */
final class CoarseAccessSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<CoarseAccessSessionRepository.CoarseAccessSession<S>> {

	static final Duration WRITE_INTERVAL = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> sessions;

	private final ThreadLocal<CoarseAccessSession<S>> savedInRequest = new ThreadLocal<>();

	private final ThreadLocal<Boolean> inRequest = new ThreadLocal<>();

	private CoarseAccessSessionRepository(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	static <S extends Session> CoarseAccessSessionRepository<S> over(FindByIndexNameSessionRepository<S> sessions) {
		return new CoarseAccessSessionRepository<>(sessions);
	}

	@Override
	public CoarseAccessSession<S> createSession() {
		return new CoarseAccessSession<>(this.sessions.createSession());
	}

	@Override
	public void save(CoarseAccessSession<S> session) {
		Instant accessed = session.accessed;
		S stored = session.session;
		if (accessed != null && !accessed.isBefore(stored.getLastAccessedTime().plus(WRITE_INTERVAL))) {
			stored.setLastAccessedTime(accessed);
		}
		this.sessions.save(stored);
		if (this.inRequest.get() != null) {
			this.savedInRequest.set(session);
		}
	}

	@Override
	public CoarseAccessSession<S> findById(String id) {
		CoarseAccessSession<S> saved = this.savedInRequest.get();
		if (saved != null && saved.getId().equals(id)) {
			return saved;
		}
		S session = this.sessions.findById(id);
		return (session != null) ? new CoarseAccessSession<>(session) : null;
	}

	@Override
	public void deleteById(String id) {
		this.savedInRequest.remove();
		this.sessions.deleteById(id);
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

	@FunctionalInterface
	interface RequestBody {

		void run() throws IOException, ServletException;

	}

	@Override
	public Map<String, CoarseAccessSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, CoarseAccessSession<S>> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new CoarseAccessSession<>(session)));
		return found;
	}

	/**
	 * A session whose access time, set by each request, is kept here until the repository
	 * decides whether it is worth writing.
	 */
	static final class CoarseAccessSession<S extends Session> implements Session {

		private final S session;

		private Instant accessed;

		CoarseAccessSession(S session) {
			this.session = session;
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.accessed = lastAccessedTime;
		}

		@Override
		public Instant getLastAccessedTime() {
			return (this.accessed != null) ? this.accessed : this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
