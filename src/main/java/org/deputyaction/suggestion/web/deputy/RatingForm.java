package org.deputyaction.suggestion.web.deputy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.suggestion.Satisfaction;

/**
 * The lead deputy's rating of a reply on its two axes, with a comment.
 */
public class RatingForm {

	private long version;

	@NotNull(message = "{loopunit.validation.choose}")
	private Satisfaction handlingWork;

	@NotNull(message = "{loopunit.validation.choose}")
	private Satisfaction result;

	@Size(max = 2000, message = "{loopunit.validation.tooLong}")
	private String comment;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

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

}
