package org.deputyaction.notification.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyaction.notification.Delivery;

/**
 * The preferences form: delivery and an optional mail address, with the version shown.
 */
class PreferenceForm {

	private long version;

	@NotNull
	private Delivery delivery = Delivery.IMMEDIATE;

	@Email
	@Size(max = 200)
	private String email;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Delivery getDelivery() {
		return this.delivery;
	}

	public void setDelivery(Delivery delivery) {
		this.delivery = delivery;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
