package org.deputyaction.suggestion;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What administrators ask of {@link LoopSettingsService}, {@link CategoryService} and
 * {@link HolidayService}.
 */
public final class AdminCommands {

	private AdminCommands() {
	}

	/**
	 * Change the loop's numbers, the attachment limits and the posting interval (every N
	 * months, 0 for no posting reminders).
	 */
	public record UpdateLoopSettings(long version, @NotNull @Valid LoopRules rules,
			@Min(1024) @Max(104857600) long maxAttachmentBytes, @NotEmpty Set<@NotNull AttachmentType> allowedTypes,
			@Min(0) @Max(12) int postingIntervalMonths) {

	}

	/** Add a category, at the top level or under a top-level one. */
	public record CreateCategory(Long parentId, @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+") String code,
			@NotBlank @Size(max = 60) String name, int sortOrder) {

	}

	/** Rename, reorder or (de)activate a category. */
	public record UpdateCategory(@NotNull Long categoryId, long version, @NotBlank @Size(max = 60) String name,
			int sortOrder, boolean active) {

	}

	/** Enter or change a day of the holiday table. */
	public record SaveHoliday(@NotNull LocalDate day, @NotNull HolidayKind kind,
			@NotBlank @Size(max = 60) String name) {

	}

}
