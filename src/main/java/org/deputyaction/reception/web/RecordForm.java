package org.deputyaction.reception.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The record of a held session: who attended, voters received, minutes.
 */
public class RecordForm {

	private long version;

	private List<Long> attended = new ArrayList<>();

	@NotNull(message = "{reception.form.required}")
	@Min(value = 0, message = "{reception.form.notNegative}")
	@Max(value = 100000, message = "{reception.form.tooLarge}")
	private Integer votersReceived;

	@Size(max = 20000, message = "{reception.form.tooLong}")
	private String minutes;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Long> getAttended() {
		return this.attended;
	}

	public void setAttended(List<Long> attended) {
		this.attended = attended;
	}

	public Integer getVotersReceived() {
		return this.votersReceived;
	}

	public void setVotersReceived(Integer votersReceived) {
		this.votersReceived = votersReceived;
	}

	public String getMinutes() {
		return this.minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes;
	}

}
