package org.deputyaction.organization.importer;

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

import org.springframework.core.io.ClassPathResource;

/**
 * The headers, kinds and levels an import file may use, in English or Chinese, read from
 * {@code organization/import-vocabulary.properties}.
 */
final class ImportVocabulary {

	private static final ImportVocabulary INSTANCE = load();

	private final Map<String, ImportColumn> columns;

	private final Map<ImportColumn, String> chineseHeaders;

	private final Map<String, ImportKind> kinds;

	private final Map<String, AdministrativeLevel> levels;

	private ImportVocabulary(Map<String, ImportColumn> columns, Map<ImportColumn, String> chineseHeaders,
			Map<String, ImportKind> kinds, Map<String, AdministrativeLevel> levels) {
		this.columns = columns;
		this.chineseHeaders = chineseHeaders;
		this.kinds = kinds;
		this.levels = levels;
	}

	static ImportVocabulary get() {
		return INSTANCE;
	}

	Optional<ImportColumn> column(String header) {
		return Optional.ofNullable(this.columns.get(normalize(header)));
	}

	Optional<ImportKind> kind(String word) {
		return Optional.ofNullable(this.kinds.get(normalize(word)));
	}

	Optional<AdministrativeLevel> level(String word) {
		return Optional.ofNullable(this.levels.get(normalize(word)));
	}

	/**
	 * The header of a column in the template for the given language.
	 */
	String header(ImportColumn column, Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.chineseHeaders.get(column) : column.header();
	}

	static String normalize(String word) {
		return word.replace('\u3000', ' ').strip().toUpperCase(Locale.ROOT);
	}

	private static ImportVocabulary load() {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("organization/import-vocabulary.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, ImportColumn> columns = new HashMap<>();
		Map<ImportColumn, String> chineseHeaders = new EnumMap<>(ImportColumn.class);
		for (ImportColumn column : ImportColumn.values()) {
			List<String> words = words(properties, "column." + column.name());
			words.forEach((word) -> columns.put(normalize(word), column));
			chineseHeaders.put(column, words.get(1));
		}
		Map<String, ImportKind> kinds = new HashMap<>();
		for (ImportKind kind : ImportKind.values()) {
			words(properties, "kind." + kind.name()).forEach((word) -> kinds.put(normalize(word), kind));
		}
		Map<String, AdministrativeLevel> levels = new HashMap<>();
		for (AdministrativeLevel level : AdministrativeLevel.values()) {
			words(properties, "level." + level.name()).forEach((word) -> levels.put(normalize(word), level));
		}
		return new ImportVocabulary(columns, chineseHeaders, kinds, levels);
	}

	private static List<String> words(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IllegalStateException("import vocabulary lacks " + key);
		}
		return List.of(value.split(",")).stream().map(String::strip).toList();
	}

}
