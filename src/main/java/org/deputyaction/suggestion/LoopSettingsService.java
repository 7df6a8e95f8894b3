package org.deputyaction.suggestion;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.suggestion.AdminCommands.UpdateLoopSettings;
import org.deputyaction.suggestion.internal.LoopSettingsRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The loop's settings: everyone's services read them; administrators change them. New
 * numbers apply to what happens from now on; due dates already set stay.
 */
@Service
@Validated
@Transactional
public class LoopSettingsService {

	private final LoopSettingsRepository settings;

	private final LoopSupport support;

	LoopSettingsService(LoopSettingsRepository settings, LoopSupport support) {
		this.settings = settings;
		this.support = support;
	}

	@Transactional(readOnly = true)
	public LoopSettings current() {
		return this.support.settings();
	}

	/** The deadline rules today's settings and holiday table give. */
	@Transactional(readOnly = true)
	public LoopDeadlines deadlines() {
		return this.support.deadlines();
	}

	/**
	 * A working-day calendar with today's holiday table, whatever the loop counts its
	 * deadlines in: the supervision ladder's thresholds are working days.
	 */
	@Transactional(readOnly = true)
	public DeadlineCalendar workingDayCalendar() {
		return this.support.workingDayCalendar();
	}

	public LoopSettings update(@Valid UpdateLoopSettings command, CurrentUser user) {
		LoopScope.require(user.is(Role.ADMIN));
		LoopSettings current = this.support.settings();
		if (current.getVersion() != command.version()) {
			throw new ConcurrentChangeException(LoopSettings.class, current.getId(), command.version(),
					current.getVersion());
		}
		current.change(command.rules(), command.maxAttachmentBytes(), command.allowedTypes(),
				command.postingIntervalMonths(), this.support.now(), user.displayName());
		this.settings.flush();
		this.support.changed();
		return current;
	}

}
