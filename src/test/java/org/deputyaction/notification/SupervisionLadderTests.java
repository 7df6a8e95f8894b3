package org.deputyaction.notification;

import java.util.List;

import org.deputyaction.suggestion.HandlingCommands.ChangeSupervisionLevel;
import org.deputyaction.suggestion.LoopFixture;
import org.deputyaction.suggestion.LoopRuleViolation;
import org.deputyaction.suggestion.LoopScenarios;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SupervisionLevel;
import org.deputyaction.suggestion.SupervisionService;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff move an item on the supervision ladder: who and when are kept, the key flag
 * follows, the units and (for leader-led) the prefecture office hear of a raise, and the
 * rung shows where people look.
 */
@IntegrationTest
class SupervisionLadderTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SupervisionService supervision;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	LoopFixture f;

	SuggestionDetail item;

	@BeforeEach
	void assigned() {
		this.f = LoopFixture.create(this.context);
		this.item = LoopScenarios.assigned(this.context, this.f, List.of());
	}

	@Test
	void staffRaiseAnItemToLeaderLedFromItsPageAndEveryoneConcernedHearsOfIt() throws Exception {
		this.mvc
			.perform(post("/suggestions/{id}/supervision-level", this.item.id()).with(user(this.f.staff))
				.with(csrf())
				.param("version", String.valueOf(this.item.version()))
				.param("level", "LEADER_LED")
				.param("leader", "王主任"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForMap(
				"select supervision_level, key_supervision, key_supervision_leader, supervision_level_changed_by"
						+ " from suggestion where id = ?",
				this.item.id()))
			.containsEntry("supervision_level", "LEADER_LED")
			.containsEntry("key_supervision", true)
			.containsEntry("key_supervision_leader", "王主任")
			.containsEntry("supervision_level_changed_by", this.f.staff.id());
		assertThat(this.jdbc.queryForObject("select actor_user_id from timeline_entry where suggestion_id = ?"
				+ " and action = 'SUPERVISION_LEVEL_LEADER_LED'", Long.class, this.item.id()))
			.isEqualTo(this.f.staff.id());
		assertThat(levelMessages(this.f.leadUnitUser.id())).isEqualTo(1);
		assertThat(levelMessages(this.f.office.id())).isEqualTo(1);

		this.mvc.perform(get("/suggestions/{id}", this.item.id()).with(user(this.f.staff)))
			.andExpect(content().string(containsString("data-testid=\"supervision-level\"")));
		this.mvc.perform(get("/unit/assignments").with(user(this.f.leadUnitUser)))
			.andExpect(content().string(containsString("data-testid=\"supervision-level\"")));
	}

	@Test
	void loweringToOrdinaryClearsKeySupervisionAndTellsNobody() {
		SuggestionDetail key = this.supervision.changeSupervisionLevel(
				new ChangeSupervisionLevel(this.item.id(), this.item.version(), SupervisionLevel.KEY, "李主任"),
				this.f.staff);
		SuggestionDetail ordinary = this.supervision.changeSupervisionLevel(
				new ChangeSupervisionLevel(key.id(), key.version(), SupervisionLevel.ORDINARY, null), this.f.staff);

		assertThat(ordinary.supervisionLevel()).isEqualTo(SupervisionLevel.ORDINARY);
		assertThat(ordinary.keySupervision()).isFalse();
		assertThat(ordinary.keySupervisionLeader()).isNull();
		assertThat(levelMessages(this.f.leadUnitUser.id())).isEqualTo(1);
	}

	@Test
	void keySupervisionNeedsALeaderAndOnlyTheCountysStaffMayChangeTheLevel() {
		assertThatThrownBy(() -> this.supervision.changeSupervisionLevel(
				new ChangeSupervisionLevel(this.item.id(), this.item.version(), SupervisionLevel.KEY, " "),
				this.f.staff))
			.isInstanceOf(LoopRuleViolation.class);
		assertThatThrownBy(() -> this.supervision.changeSupervisionLevel(
				new ChangeSupervisionLevel(this.item.id(), this.item.version(), SupervisionLevel.KEY, "李主任"),
				this.f.otherCountyStaff))
			.isInstanceOf(NotFoundException.class);
	}

	private int levelMessages(Long userId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from notification where recipient_user_id = ?"
						+ " and suggestion_id = ? and kind = 'SUPERVISION_LEVEL'",
				Integer.class, userId, this.item.id());
		return (count != null) ? count : 0;
	}

}
