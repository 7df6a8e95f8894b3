package org.deputyaction.suggestion.web.admin;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.deputyaction.suggestion.AttachmentType;
import org.deputyaction.suggestion.DeadlineCounting;
import org.deputyaction.suggestion.LoopRules;
import org.deputyaction.suggestion.LoopSettings;

/**
 * The loop's numbers as the administrator edits them; the attachment limit in kilobytes.
 */
public class SettingsForm {

	private long version;

	@NotNull(message = "{loopunit.validation.number}")
	@Min(value = 1, message = "{loopunit.validation.range}")
	@Max(value = 24, message = "{loopunit.validation.range}")
	private Integer dueMonths;

	@NotNull(message = "{loopunit.validation.number}")
	@Min(value = 0, message = "{loopunit.validation.range}")
	@Max(value = 90, message = "{loopunit.validation.range}")
	private Integer objectionDays;

	@NotNull(message = "{loopunit.validation.number}")
	@Min(value = 1, message = "{loopunit.validation.range}")
	@Max(value = 36, message = "{loopunit.validation.range}")
	private Integer maxMonths;

	@NotNull(message = "{loopunit.validation.number}")
	@Min(value = 1, message = "{loopunit.validation.range}")
	@Max(value = 12, message = "{loopunit.validation.range}")
	private Integer rehandlingMonths;

	@NotNull(message = "{loopunit.validation.number}")
	@Min(value = 0, message = "{loopunit.validation.range}")
	@Max(value = 90, message = "{loopunit.validation.range}")
	private Integer nearDueDays;

	@NotNull(message = "{loopunit.validation.number}")
	@Min(value = 1, message = "{loopunit.validation.range}")
	@Max(value = 180, message = "{loopunit.validation.range}")
	private Integer assistingViewDays;

	@NotNull(message = "{loopunit.validation.choose}")
	private DeadlineCounting counting;

	@NotNull(message = "{loopunit.validation.number}")
	@Min(value = 1, message = "{loopunit.validation.range}")
	@Max(value = 102400, message = "{loopunit.validation.range}")
	private Long maxAttachmentKb;

	@NotNull(message = "{loopunit.validation.number}")
	@Min(value = 0, message = "{loopunit.validation.range}")
	@Max(value = 12, message = "{loopunit.validation.range}")
	private Integer postingIntervalMonths;

	@NotEmpty(message = "{loopunit.settings.typesRequired}")
	private Set<AttachmentType> allowedTypes = EnumSet.noneOf(AttachmentType.class);

	static SettingsForm of(LoopSettings settings) {
		SettingsForm form = new SettingsForm();
		LoopRules rules = settings.rules();
		form.version = settings.getVersion();
		form.dueMonths = rules.dueMonths();
		form.objectionDays = rules.objectionDays();
		form.maxMonths = rules.maxMonths();
		form.rehandlingMonths = rules.rehandlingMonths();
		form.nearDueDays = rules.nearDueDays();
		form.assistingViewDays = rules.assistingViewDays();
		form.counting = rules.counting();
		form.maxAttachmentKb = settings.getMaxAttachmentBytes() / 1024;
		form.allowedTypes = settings.getAllowedAttachmentTypes();
		form.postingIntervalMonths = settings.getPostingIntervalMonths();
		return form;
	}

	LoopRules rules() {
		return new LoopRules(this.dueMonths, this.objectionDays, this.maxMonths, this.rehandlingMonths,
				this.nearDueDays, this.assistingViewDays, this.counting);
	}

	@AssertTrue(message = "{loop.settings.maxBeforeDue}")
	public boolean isMaxNotBeforeDue() {
		return this.dueMonths == null || this.maxMonths == null || this.maxMonths >= this.dueMonths;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Integer getDueMonths() {
		return this.dueMonths;
	}

	public void setDueMonths(Integer dueMonths) {
		this.dueMonths = dueMonths;
	}

	public Integer getObjectionDays() {
		return this.objectionDays;
	}

	public void setObjectionDays(Integer objectionDays) {
		this.objectionDays = objectionDays;
	}

	public Integer getMaxMonths() {
		return this.maxMonths;
	}

	public void setMaxMonths(Integer maxMonths) {
		this.maxMonths = maxMonths;
	}

	public Integer getRehandlingMonths() {
		return this.rehandlingMonths;
	}

	public void setRehandlingMonths(Integer rehandlingMonths) {
		this.rehandlingMonths = rehandlingMonths;
	}

	public Integer getNearDueDays() {
		return this.nearDueDays;
	}

	public void setNearDueDays(Integer nearDueDays) {
		this.nearDueDays = nearDueDays;
	}

	public Integer getAssistingViewDays() {
		return this.assistingViewDays;
	}

	public void setAssistingViewDays(Integer assistingViewDays) {
		this.assistingViewDays = assistingViewDays;
	}

	public DeadlineCounting getCounting() {
		return this.counting;
	}

	public void setCounting(DeadlineCounting counting) {
		this.counting = counting;
	}

	public Long getMaxAttachmentKb() {
		return this.maxAttachmentKb;
	}

	public void setMaxAttachmentKb(Long maxAttachmentKb) {
		this.maxAttachmentKb = maxAttachmentKb;
	}

	public Integer getPostingIntervalMonths() {
		return this.postingIntervalMonths;
	}

	public void setPostingIntervalMonths(Integer postingIntervalMonths) {
		this.postingIntervalMonths = postingIntervalMonths;
	}

	public Set<AttachmentType> getAllowedTypes() {
		return this.allowedTypes;
	}

	public void setAllowedTypes(Set<AttachmentType> allowedTypes) {
		this.allowedTypes = (allowedTypes != null) ? allowedTypes : EnumSet.noneOf(AttachmentType.class);
	}

}
