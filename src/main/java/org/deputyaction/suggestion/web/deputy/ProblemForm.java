package org.deputyaction.suggestion.web.deputy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.deputyaction.suggestion.ProblemSource;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A problem a deputy records at their station: what, where from, when, and the voter's
 * contact if they gave one.
 */
public class ProblemForm {

	@NotNull
	private UUID requestToken = UUID.randomUUID();

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 200, message = "{loopunit.validation.tooLong}")
	private String title;

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 10000, message = "{loopunit.validation.tooLong}")
	private String description;

	@NotNull(message = "{loopunit.validation.choose}")
	private ProblemSource source = ProblemSource.RECEPTION_DAY;

	@NotNull(message = "{loopunit.validation.dateRequired}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate foundOn;

	@Size(max = 60, message = "{loopunit.validation.tooLong}")
	private String contactName;

	@Size(max = 40, message = "{loopunit.validation.tooLong}")
	@Pattern(regexp = "[0-9+() -]*", message = "{loopunit.validation.phone}")
	private String contactPhone;

	private List<MultipartFile> files = new ArrayList<>();

	public UUID getRequestToken() {
		return this.requestToken;
	}

	public void setRequestToken(UUID requestToken) {
		this.requestToken = requestToken;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public ProblemSource getSource() {
		return this.source;
	}

	public void setSource(ProblemSource source) {
		this.source = source;
	}

	public LocalDate getFoundOn() {
		return this.foundOn;
	}

	public void setFoundOn(LocalDate foundOn) {
		this.foundOn = foundOn;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = (files != null) ? files : new ArrayList<>();
	}

}
