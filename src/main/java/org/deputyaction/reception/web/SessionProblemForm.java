package org.deputyaction.reception.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new problem found at a session; its request token is made when the form is first
 * shown, so that submitting twice records one problem.
 */
public class SessionProblemForm {

	@NotNull
	private UUID requestToken;

	@NotBlank(message = "{reception.form.required}")
	@Size(max = 200, message = "{reception.form.tooLong}")
	private String title;

	@NotBlank(message = "{reception.form.required}")
	@Size(max = 10000, message = "{reception.form.tooLong}")
	private String description;

	@Size(max = 60, message = "{reception.form.tooLong}")
	private String contactName;

	@Size(max = 40, message = "{reception.form.tooLong}")
	@Pattern(regexp = "[0-9+() -]*", message = "{reception.form.phoneFormat}")
	private String contactPhone;

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
