package org.deputyaction.suggestion;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.deputyaction.system.BaseEntity;

/**
 * The single row of the loop's settings, edited by administrators.
 */
@Entity
@Table(name = "loop_settings")
public class LoopSettings extends BaseEntity {

	private boolean singleton = true;

	private int dueMonths;

	private int objectionDays;

	private int maxMonths;

	private int rehandlingMonths;

	private int nearDueDays;

	private int assistingViewDays;

	@Enumerated(EnumType.STRING)
	private DeadlineCounting deadlineCounting;

	private long maxAttachmentBytes;

	private String allowedAttachmentTypes;

	private int postingIntervalMonths;

	private Instant updatedAt;

	private String updatedBy;

	protected LoopSettings() {
	}

	public LoopRules rules() {
		return new LoopRules(this.dueMonths, this.objectionDays, this.maxMonths, this.rehandlingMonths,
				this.nearDueDays, this.assistingViewDays, this.deadlineCounting);
	}

	void change(LoopRules rules, long maxAttachmentBytes, Set<AttachmentType> allowedTypes, int postingIntervalMonths,
			Instant now, String by) {
		this.dueMonths = rules.dueMonths();
		this.objectionDays = rules.objectionDays();
		this.maxMonths = rules.maxMonths();
		this.rehandlingMonths = rules.rehandlingMonths();
		this.nearDueDays = rules.nearDueDays();
		this.assistingViewDays = rules.assistingViewDays();
		this.deadlineCounting = rules.counting();
		this.maxAttachmentBytes = maxAttachmentBytes;
		this.allowedAttachmentTypes = allowedTypes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.postingIntervalMonths = postingIntervalMonths;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public boolean isSingleton() {
		return this.singleton;
	}

	public long getMaxAttachmentBytes() {
		return this.maxAttachmentBytes;
	}

	public Set<AttachmentType> getAllowedAttachmentTypes() {
		Set<AttachmentType> types = EnumSet.noneOf(AttachmentType.class);
		Arrays.stream(this.allowedAttachmentTypes.split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.forEach((name) -> types.add(AttachmentType.valueOf(name)));
		return types;
	}

	/**
	 * How often every home and station posts its three lists, in months; 0 when nobody is
	 * reminded.
	 */
	public int getPostingIntervalMonths() {
		return this.postingIntervalMonths;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
