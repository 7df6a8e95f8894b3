package org.deputyaction.publication.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.DeadlineState;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;

import org.springframework.context.MessageSource;

/**
 * The columns of the three lists, in order, as the pages, postings and exports show them
 * (DOMAIN: the three lists). Each column reads its value from a row and writes it as text
 * in the reader's language.
 */
public final class ListColumns {

	public static final List<Column<SuggestionItem>> SUGGESTIONS = List.of(
			new Column<>("number", SuggestionItem::number), new Column<>("title", SuggestionItem::title),
			new Column<>("summary", SuggestionItem::summary), new Column<>("source", SuggestionItem::source),
			new Column<>("foundOn", SuggestionItem::foundOn), new Column<>("venue", SuggestionItem::venueName),
			new Column<>("deputies", ListColumns::deputies), new Column<>("category", SuggestionItem::category),
			new Column<>("level", SuggestionItem::level), new Column<>("status", SuggestionItem::status));

	public static final List<Column<AssignmentItem>> ASSIGNMENTS = List.of(
			new Column<>("number", AssignmentItem::number), new Column<>("title", AssignmentItem::title),
			new Column<>("level", AssignmentItem::level), new Column<>("leadUnit", AssignmentItem::leadUnit),
			new Column<>("assistingUnits", AssignmentItem::assistingUnits),
			new Column<>("assignedOn", AssignmentItem::assignedOn), new Column<>("dueOn", AssignmentItem::dueOn),
			new Column<>("supervisor", AssignmentItem::supervisor),
			new Column<>("keySupervision", AssignmentItem::keySupervision),
			new Column<>("status", ListColumns::assignmentStatus));

	public static final List<Column<ResultItem>> RESULTS = List.of(new Column<>("number", ResultItem::number),
			new Column<>("title", ResultItem::title), new Column<>("unit", ResultItem::unit),
			new Column<>("measures", ResultItem::measures), new Column<>("resultClass", ResultItem::resultClass),
			new Column<>("repliedOn", ResultItem::repliedOn), new Column<>("onTime", ResultItem::onTime),
			new Column<>("satisfaction", ListColumns::satisfaction), new Column<>("voterRatings", ResultItem::voters),
			new Column<>("closed", ResultItem::closed), new Column<>("postedOn", ResultItem::postedOn));

	private ListColumns() {
	}

	public static List<String> headerKeys(ListKind kind) {
		List<? extends Column<?>> columns = switch (kind) {
			case SUGGESTIONS -> SUGGESTIONS;
			case ASSIGNMENTS -> ASSIGNMENTS;
			case RESULTS -> RESULTS;
		};
		return columns.stream().map(Column::messageKey).toList();
	}

	private static List<String> deputies(SuggestionItem item) {
		java.util.ArrayList<String> names = new java.util.ArrayList<>();
		names.add(item.leadDeputy());
		names.addAll(item.coSigners());
		return names;
	}

	private static Object assignmentStatus(AssignmentItem item) {
		return (item.deadline() == DeadlineState.NEAR_DUE || item.deadline() == DeadlineState.OVERDUE)
				? List.of(item.status(), item.deadline()) : item.status();
	}

	private static Object satisfaction(ResultItem item) {
		return (item.handlingWork() != null) ? List.of(item.handlingWork(), item.result()) : null;
	}

	/**
	 * A value as text: enums by their message, dates as ISO dates, yes/no, lists joined.
	 */
	public static String text(Object value, MessageSource messages, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			String separator = messages.getMessage("publication.separator", null, locale);
			return String.join(separator, list.stream().map((v) -> text(v, messages, locale)).toList());
		}
		if (value instanceof Boolean flag) {
			return messages.getMessage(flag ? "publication.yes" : "publication.no", null, locale);
		}
		if (value instanceof VoterTally voters) {
			return messages.getMessage("publication.voterRatings.counts",
					new Object[] { voters.satisfied(), voters.basically(), voters.unsatisfied() }, locale);
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		String key = null;
		if (value instanceof LoopStatus status) {
			key = status.messageKey();
		}
		else if (value instanceof DeadlineState state) {
			key = state.messageKey();
		}
		else if (value instanceof ProblemSource source) {
			key = source.messageKey();
		}
		else if (value instanceof ResultClass resultClass) {
			key = resultClass.messageKey();
		}
		else if (value instanceof Satisfaction satisfaction) {
			key = satisfaction.messageKey();
		}
		else if (value instanceof AdministrativeLevel level) {
			key = "publication.level." + level.name();
		}
		return (key != null) ? messages.getMessage(key, null, locale) : value.toString();
	}

	/**
	 * A column: its name and how it reads a row.
	 */
	public record Column<T>(String name, Function<T, Object> value) {

		public String messageKey() {
			return "publication.column." + this.name;
		}

	}

}
