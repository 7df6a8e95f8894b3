package org.deputyaction.online.web;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form a voter fills in to raise a problem online. Its request token and signed
 * timestamp are made when the form is shown; {@code website} is a field people never see
 * (a honeypot), which only programs fill in.
 */
public class OnlineProblemForm {

	static final int MAX_TITLE = 100;

	static final int MAX_DESCRIPTION = 5000;

	private UUID requestToken;

	private String formToken;

	@NotBlank(message = "{online.form.required}")
	@Size(max = MAX_TITLE, message = "{online.form.tooLong}")
	private String title;

	@NotBlank(message = "{online.form.required}")
	@Size(max = MAX_DESCRIPTION, message = "{online.form.tooLong}")
	private String description;

	@Size(max = 60, message = "{online.form.tooLong}")
	private String contactName;

	@Size(max = 40, message = "{online.form.tooLong}")
	@Pattern(regexp = "[0-9+() -]*", message = "{online.form.phoneFormat}")
	private String contactPhone;

	@AssertTrue(message = "{online.form.consentRequired}")
	private boolean consent;

	private String website;

	public UUID getRequestToken() {
		return this.requestToken;
	}

	public void setRequestToken(UUID requestToken) {
		this.requestToken = requestToken;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
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

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
