package org.deputyaction.suggestion.web.staff;

import java.time.LocalDateTime;
import java.util.Locale;

import org.deputyaction.suggestion.Satisfaction;
import org.deputyaction.suggestion.TimelineAction;
import org.deputyaction.suggestion.TimelineView;

import org.springframework.context.MessageSource;

/**
 * A timeline entry as the pages show it: its time in the prefecture's zone, and its
 * detail in the user's language where the loop recorded it in codes (a rating's two axes,
 * the publication flag).
 */
public record TimelineRow(TimelineView entry, LocalDateTime at, String detail) {

	static TimelineRow of(TimelineView entry, MessageSource messages, Locale locale) {
		return new TimelineRow(entry, Files.local(entry.occurredAt()), detail(entry, messages, locale));
	}

	private static String detail(TimelineView entry, MessageSource messages, Locale locale) {
		String detail = entry.detail();
		if (detail == null) {
			return null;
		}
		try {
			if (entry.action() == TimelineAction.RATED) {
				int colon = detail.indexOf(": ");
				String axes = (colon < 0) ? detail : detail.substring(0, colon);
				String[] parts = axes.split("/");
				String rating = messages.getMessage("loopstaff.timeline.rating", new Object[] {
						satisfaction(parts[0], messages, locale), satisfaction(parts[1], messages, locale) }, locale);
				return (colon < 0) ? rating : rating + detail.substring(colon);
			}
			if (entry.action() == TimelineAction.PUBLICATION_CHANGED) {
				return messages.getMessage(
						Boolean.parseBoolean(detail) ? "loopstaff.public.yes" : "loopstaff.public.no", null, locale);
			}
		}
		catch (RuntimeException ex) {
			// a detail of another shape is shown as it was recorded
		}
		return detail;
	}

	private static String satisfaction(String name, MessageSource messages, Locale locale) {
		return messages.getMessage(Satisfaction.valueOf(name).messageKey(), null, locale);
	}

}
