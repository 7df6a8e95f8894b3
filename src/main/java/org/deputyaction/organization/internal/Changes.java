package org.deputyaction.organization.internal;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * Collects what an edit changes, as the text kept in the change log, e.g.
 * {@code name: "A" → "B"; township: JN → LP}.
 */
final class Changes {

	private final StringJoiner text = new StringJoiner("; ");

	/**
	 * Notes a field whose value goes from {@code before} to {@code after}, if it differs.
	 */
	Changes field(String name, Object before, Object after) {
		if (!Objects.equals(normalise(before), normalise(after))) {
			this.text.add(name + ": " + show(before) + " → " + show(after));
		}
		return this;
	}

	/**
	 * Notes a field of a new record.
	 */
	Changes initial(String name, Object value) {
		if (normalise(value) != null) {
			this.text.add(name + ": " + show(value));
		}
		return this;
	}

	/**
	 * Notes that a private field changed, without its values.
	 */
	Changes changed(String name) {
		this.text.add(name + ": *");
		return this;
	}

	boolean isEmpty() {
		return this.text.length() == 0;
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

	private static Object normalise(Object value) {
		return (value instanceof String string && string.isBlank()) ? null : value;
	}

	private static String show(Object value) {
		Object normalised = normalise(value);
		if (normalised == null) {
			return "-";
		}
		return (normalised instanceof String) ? "\"" + normalised + "\"" : normalised.toString();
	}

}
