package org.deputyaction.suggestion.web.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.suggestion.ResultClass;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Record the lead unit's reply on its behalf. Carries the suggestion's version the user
 * saw.
 */
public class ReplyForm implements VersionedForm {

	@NotNull(message = "{loopstaff.form.required}")
	private ResultClass resultClass;

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 10000, message = "{loopstaff.form.tooLong}")
	private String measures;

	@NotBlank(message = "{loopstaff.form.required}")
	@Size(max = 20000, message = "{loopstaff.form.tooLong}")
	private String content;

	@NotNull(message = "{loopstaff.form.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate repliedOn;

	private long version;

	public ResultClass getResultClass() {
		return this.resultClass;
	}

	public void setResultClass(ResultClass resultClass) {
		this.resultClass = resultClass;
	}

	public String getMeasures() {
		return this.measures;
	}

	public void setMeasures(String measures) {
		this.measures = measures;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public LocalDate getRepliedOn() {
		return this.repliedOn;
	}

	public void setRepliedOn(LocalDate repliedOn) {
		this.repliedOn = repliedOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
