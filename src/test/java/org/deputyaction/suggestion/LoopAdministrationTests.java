package org.deputyaction.suggestion;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.MutableClock;
import org.deputyaction.suggestion.AdminCommands.CreateCategory;
import org.deputyaction.suggestion.AdminCommands.SaveHoliday;
import org.deputyaction.suggestion.AdminCommands.UpdateLoopSettings;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.system.ShortLivedCaches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LoopAdministrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	LoopSettingsService settings;

	@Autowired
	HolidayService holidays;

	@Autowired
	CategoryService categories;

	@Autowired
	AssignmentService assignments;

	@Autowired
	ShortLivedCaches caches;

	LoopRules before;

	java.util.Set<AttachmentType> typesBefore;

	@AfterEach
	void restore() {
		this.clock.reset();
		if (this.before != null) {
			LoopSettings current = this.settings.current();
			LoopFixture f = LoopFixture.create(this.context);
			this.settings.update(new UpdateLoopSettings(current.getVersion(), this.before,
					current.getMaxAttachmentBytes(), this.typesBefore, current.getPostingIntervalMonths()), f.admin);
		}
	}

	@Test
	void theSeededCategoriesHaveTwoLevels() {
		List<CategoryService.CategoryNode> tree = this.categories.tree(true);
		assertThat(tree).extracting(CategoryService.CategoryNode::code)
			.startsWith("TRAFFIC", "EDUCATION", "HEALTH", "AGRICULTURE", "CONSTRUCTION", "ENVIRONMENT",
					"SOCIAL_SECURITY", "PUBLIC_SAFETY", "CULTURE_TOURISM", "INDUSTRY", "OTHER");
		assertThat(tree).allSatisfy((node) -> assertThat(node.children()).isNotEmpty()
			.allSatisfy((child) -> assertThat(child.children()).isEmpty()));
	}

	@Test
	void onlyAdministratorsEditCategoriesAndNeverAThirdLevel() {
		LoopFixture f = LoopFixture.create(this.context);
		assertThatThrownBy(
				() -> this.categories.create(new CreateCategory(null, "X_" + System.nanoTime(), "x", 0), f.staff))
			.isInstanceOf(AccessDeniedException.class);
		Long childId = this.categories.tree(true).get(0).children().get(0).id();
		assertThatThrownBy(
				() -> this.categories.create(new CreateCategory(childId, "Y_" + System.nanoTime(), "y", 0), f.admin))
			.isInstanceOfSatisfying(LoopRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("loop.rule.categoryTooDeep"));
	}

	@Test
	void withWorkingDaysTheDefaultDueDateSkipsTheHolidayTable() {
		LoopFixture f = LoopFixture.create(this.context);
		LoopSettings current = this.settings.current();
		this.before = current.rules();
		this.typesBefore = current.getAllowedAttachmentTypes();
		// a day off on the default due date of an assignment made on 2031-04-01
		this.holidays.save(new SaveHoliday(LocalDate.of(2031, 7, 1), HolidayKind.HOLIDAY, "测试假日"), f.admin);
		this.settings.update(new UpdateLoopSettings(current.getVersion(),
				new LoopRules(3, 10, 6, 1, 15, 30, DeadlineCounting.WORKING_DAYS), current.getMaxAttachmentBytes(),
				EnumSet.of(AttachmentType.PNG, AttachmentType.PDF), current.getPostingIntervalMonths()), f.admin);
		this.clock.setToday(LocalDate.of(2031, 4, 1));
		SuggestionDetail s = LoopScenarios.proposed(this.context, f);
		s = this.assignments
			.assign(new AssignSuggestion(s.id(), s.version(), f.leadUnit.getId(), List.of(), null, null), f.staff);
		assertThat(s.dueOn()).isEqualTo(LocalDate.of(2031, 7, 2));
		assertThat(s.assignments().get(0).objectionDeadline()).isEqualTo(LocalDate.of(2031, 4, 15));
		this.holidays.remove(LocalDate.of(2031, 7, 1), f.admin);
	}

	@Test
	void keptDeadlinesFollowEveryChangeOfTheSettingsAndTheHolidayTable() {
		LoopFixture f = LoopFixture.create(this.context);
		LoopSettings current = this.settings.current();
		this.before = current.rules();
		this.typesBefore = current.getAllowedAttachmentTypes();
		this.caches.ttl(Duration.ofMinutes(5));
		try {
			LocalDate assignedOn = LocalDate.of(2031, 4, 1);
			this.settings.deadlines();
			this.settings.update(new UpdateLoopSettings(current.getVersion(),
					new LoopRules(3, 10, 6, 1, 15, 30, DeadlineCounting.WORKING_DAYS), current.getMaxAttachmentBytes(),
					current.getAllowedAttachmentTypes(), current.getPostingIntervalMonths()), f.admin);
			LocalDate workingDue = this.settings.deadlines().defaultDueDate(assignedOn);
			assertThat(workingDue).isEqualTo(LocalDate.of(2031, 7, 1));

			this.holidays.save(new SaveHoliday(LocalDate.of(2031, 7, 1), HolidayKind.HOLIDAY, "测试假日"), f.admin);
			assertThat(this.settings.deadlines().defaultDueDate(assignedOn)).isEqualTo(LocalDate.of(2031, 7, 2));

			this.holidays.remove(LocalDate.of(2031, 7, 1), f.admin);
			assertThat(this.settings.deadlines().defaultDueDate(assignedOn)).isEqualTo(LocalDate.of(2031, 7, 1));
		}
		finally {
			this.caches.ttl(Duration.ZERO);
		}
	}

	@Test
	void settingsAreChangedByAdministratorsOnlyAndAtTheVersionTheySaw() {
		LoopFixture f = LoopFixture.create(this.context);
		LoopSettings current = this.settings.current();
		UpdateLoopSettings update = new UpdateLoopSettings(current.getVersion() - 1, current.rules(),
				current.getMaxAttachmentBytes(), current.getAllowedAttachmentTypes(),
				current.getPostingIntervalMonths());
		assertThatThrownBy(() -> this.settings.update(update, f.staff)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.settings.update(update, f.admin)).isInstanceOf(ConcurrentChangeException.class);
	}

}
