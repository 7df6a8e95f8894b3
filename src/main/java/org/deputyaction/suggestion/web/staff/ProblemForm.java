package org.deputyaction.suggestion.web.staff;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.deputyaction.suggestion.ProblemSource;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that records a problem found at a home or station. Its request token is made
 * when the form is first shown, so that submitting it twice records one problem.
 */
public class ProblemForm {

	@NotNull
	private UUID requestToken;

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 40, message = "{loopstaff.form.tooLong}")
	private String venueCode;

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 200, message = "{loopstaff.form.tooLong}")
	private String title;

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 10000, message = "{loopstaff.form.tooLong}")
	private String description;

	@NotNull(message = "{loopstaff.form.required}")
	private ProblemSource source;

	@NotNull(message = "{loopstaff.form.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate foundOn;

	@Size(max = 60, message = "{loopstaff.form.tooLong}")
	private String contactName;

	@Size(max = 40, message = "{loopstaff.form.tooLong}")
	@Pattern(regexp = "[0-9+() -]*", message = "{loopstaff.form.phoneFormat}")
	private String contactPhone;

	public UUID getRequestToken() {
		return this.requestToken;
	}

	public void setRequestToken(UUID requestToken) {
		this.requestToken = requestToken;
	}

	public String getVenueCode() {
		return this.venueCode;
	}

	public void setVenueCode(String venueCode) {
		this.venueCode = venueCode;
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

}
