package org.deputyaction.publication.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The three lists: 代表建议清单, 交办清单 and 办理效果清单.
 */
public enum ListKind {

	SUGGESTIONS, ASSIGNMENTS, RESULTS;

	/**
	 * The list's name in addresses: {@code suggestions}, {@code assignments},
	 * {@code results}.
	 */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "publication.list." + slug();
	}

	public static Optional<ListKind> fromSlug(String slug) {
		for (ListKind kind : values()) {
			if (kind.slug().equals(slug)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
