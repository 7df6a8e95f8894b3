package org.deputyaction.suggestion.web.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.organization.AdministrativeLevel;

/**
 * The form that writes up one or more problems as a suggestion, for the lead deputy and
 * co-signers chosen among the venue's deputies.
 */
public class SuggestionForm {

	@NotNull
	private UUID requestToken;

	private List<Long> problemIds = new ArrayList<>();

	private Long venueId;

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 200, message = "{loopstaff.form.tooLong}")
	private String title;

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 20000, message = "{loopstaff.form.tooLong}")
	private String content;

	@NotNull(message = "{loopstaff.form.required}")
	private Long categoryId;

	@NotNull(message = "{loopstaff.form.required}")
	private AdministrativeLevel level;

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 40, message = "{loopstaff.form.tooLong}")
	private String congressTerm;

	@NotNull(message = "{loopstaff.form.required}")
	private Long leadDeputyId;

	private List<Long> coSignerDeputyIds = new ArrayList<>();

	private boolean publicVisible = true;

	public UUID getRequestToken() {
		return this.requestToken;
	}

	public void setRequestToken(UUID requestToken) {
		this.requestToken = requestToken;
	}

	public List<Long> getProblemIds() {
		return this.problemIds;
	}

	public void setProblemIds(List<Long> problemIds) {
		this.problemIds = (problemIds != null) ? problemIds : new ArrayList<>();
	}

	public Long getVenueId() {
		return this.venueId;
	}

	public void setVenueId(Long venueId) {
		this.venueId = venueId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public AdministrativeLevel getLevel() {
		return this.level;
	}

	public void setLevel(AdministrativeLevel level) {
		this.level = level;
	}

	public String getCongressTerm() {
		return this.congressTerm;
	}

	public void setCongressTerm(String congressTerm) {
		this.congressTerm = congressTerm;
	}

	public Long getLeadDeputyId() {
		return this.leadDeputyId;
	}

	public void setLeadDeputyId(Long leadDeputyId) {
		this.leadDeputyId = leadDeputyId;
	}

	public List<Long> getCoSignerDeputyIds() {
		return this.coSignerDeputyIds;
	}

	public void setCoSignerDeputyIds(List<Long> coSignerDeputyIds) {
		this.coSignerDeputyIds = (coSignerDeputyIds != null) ? coSignerDeputyIds : new ArrayList<>();
	}

	public boolean isPublicVisible() {
		return this.publicVisible;
	}

	public void setPublicVisible(boolean publicVisible) {
		this.publicVisible = publicVisible;
	}

}
