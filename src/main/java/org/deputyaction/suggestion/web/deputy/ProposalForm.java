package org.deputyaction.suggestion.web.deputy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.organization.AdministrativeLevel;

/**
 * A suggestion a deputy raises, from a problem at their station or directly, with the
 * co-signers they invite.
 */
public class ProposalForm {

	@NotNull
	private UUID requestToken = UUID.randomUUID();

	private Long problemId;

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 200, message = "{loopunit.validation.tooLong}")
	private String title;

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 20000, message = "{loopunit.validation.tooLong}")
	private String content;

	@NotNull(message = "{loopunit.validation.choose}")
	private Long categoryId;

	@NotNull(message = "{loopunit.validation.choose}")
	private AdministrativeLevel level;

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 40, message = "{loopunit.validation.tooLong}")
	private String congressTerm;

	private List<Long> coSignerIds = new ArrayList<>();

	private boolean publicVisible = true;

	public UUID getRequestToken() {
		return this.requestToken;
	}

	public void setRequestToken(UUID requestToken) {
		this.requestToken = requestToken;
	}

	public Long getProblemId() {
		return this.problemId;
	}

	public void setProblemId(Long problemId) {
		this.problemId = problemId;
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

	public List<Long> getCoSignerIds() {
		return this.coSignerIds;
	}

	public void setCoSignerIds(List<Long> coSignerIds) {
		this.coSignerIds = (coSignerIds != null) ? coSignerIds : new ArrayList<>();
	}

	public boolean isPublicVisible() {
		return this.publicVisible;
	}

	public void setPublicVisible(boolean publicVisible) {
		this.publicVisible = publicVisible;
	}

}
