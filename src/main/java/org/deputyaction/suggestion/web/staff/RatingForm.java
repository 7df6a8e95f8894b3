package org.deputyaction.suggestion.web.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.suggestion.Satisfaction;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Record the lead deputy's rating on their behalf, on both axes. Carries the suggestion's
 * version the user saw.
 */
public class RatingForm implements VersionedForm {

	@NotNull(message = "{loopstaff.form.required}")
	private Satisfaction handlingWork;

	@NotNull(message = "{loopstaff.form.required}")
	private Satisfaction result;

	@Size(max = 2000, message = "{loopstaff.form.tooLong}")
	private String comment;

	@NotNull(message = "{loopstaff.form.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate ratedOn;

	private long version;

	public Satisfaction getHandlingWork() {
		return this.handlingWork;
	}

	public void setHandlingWork(Satisfaction handlingWork) {
		this.handlingWork = handlingWork;
	}

	public Satisfaction getResult() {
		return this.result;
	}

	public void setResult(Satisfaction result) {
		this.result = result;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public LocalDate getRatedOn() {
		return this.ratedOn;
	}

	public void setRatedOn(LocalDate ratedOn) {
		this.ratedOn = ratedOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
