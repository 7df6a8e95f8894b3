package org.deputyaction.notification.internal;

import java.time.Instant;
import java.util.UUID;

import org.deputyaction.notification.NotificationKind;
import org.deputyaction.suggestion.LoopFixture;
import org.deputyaction.support.CachesOn;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unread count every staff page shows is read once per user and read again after any
 * message is written or marked read.
 */
@IntegrationTest
@CachesOn
class UnreadCountCacheTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	NotificationStore store;

	@Autowired
	SqlStatementCounter statements;

	LoopFixture f;

	@BeforeEach
	void setUp() {
		this.f = LoopFixture.create(this.context);
	}

	@Test
	void theCountIsKeptUntilAMessageIsWrittenOrRead() {
		Long user = this.f.leadUnitUser.id();
		long before = this.store.unread(user);

		this.statements.reset();
		assertThat(this.store.unread(user)).isEqualTo(before);
		assertThat(this.statements.count()).as("a kept count reads nothing").isZero();

		this.store.add(message(user), Instant.now());
		assertThat(this.store.unread(user)).isEqualTo(before + 1);

		this.store.markAllRead(user, Instant.now());
		assertThat(this.store.unread(user)).isZero();

		this.store.add(message(user), Instant.now());
		assertThat(this.store.unread(user)).isEqualTo(1);
		Long id = this.store.page(user, 0, 1).get(0).message().id();
		this.store.markRead(id, user, Instant.now());
		assertThat(this.store.unread(user)).isZero();
	}

	private static NewMessage message(Long user) {
		return new NewMessage(user, NotificationKind.URGED, UUID.randomUUID().toString(), null, null, "利建〔2026〕1号",
				"标题", "请于本周内报送进展。", "/inbox", null);
	}

}
