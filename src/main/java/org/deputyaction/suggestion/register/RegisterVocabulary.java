package org.deputyaction.suggestion.register;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;

import org.springframework.core.io.ClassPathResource;

/**
 * The headers, statuses, ratings, result classes, sources and levels a register file may
 * use, in English or Chinese, read from
 * {@code suggestion/register-vocabulary.properties}.
 */
final class RegisterVocabulary {

	/** The statuses a register line may carry. */
	static final List<LoopStatus> STATUSES = List.of(LoopStatus.FOUND, LoopStatus.RESOLVED_DIRECTLY,
			LoopStatus.DECLINED, LoopStatus.MERGED, LoopStatus.PROPOSED, LoopStatus.ASSIGNED, LoopStatus.FED_BACK,
			LoopStatus.CLOSED);

	private static final RegisterVocabulary INSTANCE = load();

	private final Map<String, RegisterColumn> columns = new HashMap<>();

	private final Map<RegisterColumn, String> chineseHeaders = new EnumMap<>(RegisterColumn.class);

	private final Map<String, LoopStatus> statuses = new HashMap<>();

	private final Map<String, Satisfaction> satisfactions = new HashMap<>();

	private final Map<String, ResultClass> results = new HashMap<>();

	private final Map<String, ProblemSource> sources = new HashMap<>();

	private final Map<String, AdministrativeLevel> levels = new HashMap<>();

	private RegisterVocabulary() {
	}

	static RegisterVocabulary get() {
		return INSTANCE;
	}

	Optional<RegisterColumn> column(String header) {
		return Optional.ofNullable(this.columns.get(normalize(header)));
	}

	Optional<LoopStatus> status(String word) {
		return Optional.ofNullable(this.statuses.get(normalize(word)));
	}

	Optional<Satisfaction> satisfaction(String word) {
		return Optional.ofNullable(this.satisfactions.get(normalize(word)));
	}

	Optional<ResultClass> resultClass(String word) {
		return Optional.ofNullable(this.results.get(normalize(word)));
	}

	Optional<ProblemSource> source(String word) {
		return Optional.ofNullable(this.sources.get(normalize(word)));
	}

	Optional<AdministrativeLevel> level(String word) {
		return Optional.ofNullable(this.levels.get(normalize(word)));
	}

	/** The column's header in the template of the given language. */
	String header(RegisterColumn column, Locale locale) {
		return "zh".equals(locale.getLanguage()) ? chineseHeader(column) : column.header();
	}

	String chineseHeader(RegisterColumn column) {
		return this.chineseHeaders.get(column);
	}

	/**
	 * Upper case without spaces, "-" and "_", full-width brackets and spaces made
	 * half-width: "Resolved directly", "RESOLVED_DIRECTLY" and "resolved-directly" are
	 * one word.
	 */
	static String normalize(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			switch (c) {
				case ' ', '\u3000', '\t', '-', '_', '\uFEFF' -> {
				}
				case '\uFF08' -> out.append('(');
				case '\uFF09' -> out.append(')');
				default -> out.append(Character.toUpperCase(c));
			}
		}
		return out.toString();
	}

	private static RegisterVocabulary load() {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("suggestion/register-vocabulary.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		RegisterVocabulary vocabulary = new RegisterVocabulary();
		for (RegisterColumn column : RegisterColumn.values()) {
			List<String> words = words(properties, "column." + column.name());
			words.forEach((word) -> vocabulary.columns.put(normalize(word), column));
			vocabulary.chineseHeaders.put(column, words.get(1));
		}
		for (LoopStatus status : STATUSES) {
			words(properties, "status." + status.name()).forEach((w) -> vocabulary.statuses.put(normalize(w), status));
		}
		for (Satisfaction value : Satisfaction.values()) {
			words(properties, "satisfaction." + value.name())
				.forEach((w) -> vocabulary.satisfactions.put(normalize(w), value));
		}
		for (ResultClass value : ResultClass.values()) {
			words(properties, "result." + value.name()).forEach((w) -> vocabulary.results.put(normalize(w), value));
		}
		for (ProblemSource value : ProblemSource.values()) {
			words(properties, "source." + value.name()).forEach((w) -> vocabulary.sources.put(normalize(w), value));
		}
		for (AdministrativeLevel value : AdministrativeLevel.values()) {
			words(properties, "level." + value.name()).forEach((w) -> vocabulary.levels.put(normalize(w), value));
		}
		return vocabulary;
	}

	private static List<String> words(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IllegalStateException("register vocabulary lacks " + key);
		}
		return List.of(value.split(",")).stream().map(String::strip).toList();
	}

}
