package org.deputyaction.suggestion.web.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.suggestion.ResultClass;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The lead unit's reply: result class, measures taken, the reply's text, its date and
 * attached documents.
 */
public class ReplyForm extends VersionedForm {

	@NotNull(message = "{loopunit.validation.resultClassRequired}")
	private ResultClass resultClass;

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 10000, message = "{loopunit.validation.tooLong}")
	private String measures;

	@NotBlank(message = "{loopunit.validation.required}")
	@Size(max = 20000, message = "{loopunit.validation.tooLong}")
	private String content;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate repliedOn;

	private List<MultipartFile> files = new ArrayList<>();

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

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = (files != null) ? files : new ArrayList<>();
	}

}
