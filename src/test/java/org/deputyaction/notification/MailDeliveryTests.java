package org.deputyaction.notification;

import java.util.ArrayList;
import java.util.List;

import org.deputyaction.notification.InboxService.SavePreference;
import org.deputyaction.notification.internal.MailDispatcher;
import org.deputyaction.notification.internal.NotificationMailer;
import org.deputyaction.suggestion.HandlingCommands.Urge;
import org.deputyaction.suggestion.LoopFixture;
import org.deputyaction.suggestion.LoopScenarios;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SupervisionService;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Preferences and the mail channel: immediate mails, daily digests, a failed mail tried
 * again, and users without an address left to their inbox. The dispatcher's runs are
 * called with a recording channel; the other tests' users gave no address.
 */
@IntegrationTest
class MailDeliveryTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SupervisionService supervision;

	@Autowired
	InboxService inbox;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	MockMvc mvc;

	LoopFixture f;

	final List<String[]> sent = new ArrayList<>();

	final NotificationMailer recording = (to, subject, body) -> this.sent.add(new String[] { to, subject, body });

	@BeforeEach
	void fixture() {
		this.f = LoopFixture.create(this.context);
		this.dispatcher.sendImmediate(this.recording);
		this.dispatcher.sendDigests(this.recording);
		this.sent.clear();
	}

	@Test
	void aUserWhoWantsMessagesAtOnceGetsOneMailPerMessageOnce() {
		this.inbox.savePreference(new SavePreference(0, Delivery.IMMEDIATE, "unit@example.cn"), this.f.leadUnitUser);
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of(this.f.assistingUnit.getId()));
		this.supervision.urge(new Urge(s.id(), s.version(), null, "请加快办理"), this.f.staff);

		assertThat(this.dispatcher.sendImmediate(this.recording)).isEqualTo(2);
		assertThat(this.dispatcher.sendImmediate(this.recording)).isZero();
		assertThat(this.sent).extracting((m) -> m[0]).containsOnly("unit@example.cn");
		assertThat(this.sent).anySatisfy((m) -> assertThat(m[2]).contains("请加快办理", "/unit/assignments/" + s.id()));
	}

	@Test
	void aDigestGathersTheDaysMessagesIntoOneMail() {
		this.inbox.savePreference(new SavePreference(0, Delivery.DAILY_DIGEST, "digest@example.cn"),
				this.f.leadUnitUser);
		SuggestionDetail s = LoopScenarios.assigned(this.context, this.f, List.of());
		this.supervision.urge(new Urge(s.id(), s.version(), null, "第一次催办"), this.f.staff);

		assertThat(this.dispatcher.sendImmediate(this.recording)).isZero();
		assertThat(this.dispatcher.sendDigests(this.recording)).isEqualTo(1);
		assertThat(this.sent).hasSize(1);
		assertThat(this.sent.get(0)[2]).contains(s.number(), "第一次催办");
		assertThat(this.dispatcher.sendDigests(this.recording)).isZero();
	}

	@Test
	void aFailedMailIsTriedAgainAndUsersWithoutAnAddressGetNone() {
		this.inbox.savePreference(new SavePreference(0, Delivery.IMMEDIATE, "retry@example.cn"), this.f.leadUnitUser);
		LoopScenarios.assigned(this.context, this.f, List.of(this.f.assistingUnit.getId()));

		int failed = this.dispatcher.sendImmediate((to, subject, body) -> {
			throw new IllegalStateException("mail server down");
		});
		assertThat(failed).isZero();
		assertThat(this.dispatcher.sendImmediate(this.recording)).isEqualTo(1);
		assertThat(this.sent).extracting((m) -> m[0]).containsExactly("retry@example.cn");
	}

	@Test
	void thePreferencesPageSavesAndRefusesAStaleVersion() throws Exception {
		this.mvc
			.perform(post("/inbox/preferences").with(user(this.f.deputy))
				.with(csrf())
				.param("version", "0")
				.param("delivery", "DAILY_DIGEST")
				.param("email", "deputy@example.cn"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.inbox.preference(this.f.deputy).delivery()).isEqualTo(Delivery.DAILY_DIGEST);

		this.mvc
			.perform(post("/inbox/preferences").with(user(this.f.deputy))
				.with(csrf())
				.param("version", "0")
				.param("delivery", "IMMEDIATE")
				.param("email", "other@example.cn"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("other@example.cn")));
		assertThat(this.inbox.preference(this.f.deputy).email()).isEqualTo("deputy@example.cn");

		this.mvc
			.perform(post("/inbox/preferences").with(user(this.f.deputy))
				.with(csrf())
				.param("version", "1")
				.param("delivery", "IMMEDIATE")
				.param("email", "not an address"))
			.andExpect(status().isOk());
		assertThat(this.inbox.preference(this.f.deputy).delivery()).isEqualTo(Delivery.DAILY_DIGEST);
		this.mvc.perform(get("/inbox/preferences").with(user(this.f.deputy)))
			.andExpect(content().string(containsString("deputy@example.cn")));
	}

}
