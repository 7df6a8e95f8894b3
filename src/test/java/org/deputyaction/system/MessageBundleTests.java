package org.deputyaction.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileCopyUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's bundle has a Chinese and an English file with the same keys and no empty
 * value, and every message key that templates and Java code name exists.
 */
class MessageBundleTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	private static final Pattern JAVA_MESSAGE_KEY = Pattern.compile(
			"(?:getMessage\\(\\s*\"|DefaultMessageSourceResolvable\\(\\s*\"|message\\s*=\\s*\"\\{)([A-Za-z][\\w.-]*)");

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Test
	void everyBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
		Map<String, Properties> chinese = bundles("");
		Map<String, Properties> english = bundles("_en");
		assertThat(chinese).as("bundles under i18n/").isNotEmpty();
		assertThat(english.keySet()).as("English bundles (i18n/X_en.properties for every i18n/X.properties)")
			.containsExactlyInAnyOrderElementsOf(chinese.keySet());
		List<String> problems = new ArrayList<>();
		chinese.forEach((bundle, zh) -> {
			Properties en = english.get(bundle);
			for (String key : zh.stringPropertyNames()) {
				if (!en.containsKey(key)) {
					problems.add(bundle + "_en is missing " + key);
				}
			}
			for (String key : en.stringPropertyNames()) {
				if (!zh.containsKey(key)) {
					problems.add(bundle + " (Chinese) is missing " + key);
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		List<String> empty = new ArrayList<>();
		for (String suffix : List.of("", "_en")) {
			bundles(suffix).forEach((bundle, messages) -> messages.stringPropertyNames()
				.stream()
				.filter((key) -> messages.getProperty(key).isBlank())
				.forEach((key) -> empty.add(bundle + suffix + ": " + key)));
		}
		assertThat(empty).isEmpty();
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, String> owner = new TreeMap<>();
		for (Resource resource : bundleResources()) {
			List<String> keys = keysInOrder(resource);
			Set<String> seen = new TreeSet<>();
			for (String key : keys) {
				if (!seen.add(key)) {
					problems.add(resource.getFilename() + " defines " + key + " twice");
				}
			}
			if (!resource.getFilename().contains("_")) {
				for (String key : seen) {
					String previous = owner.putIfAbsent(key, resource.getFilename());
					if (previous != null) {
						problems.add(key + " is in both " + previous + " and " + resource.getFilename());
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void bothLanguagesUseTheSameArguments() throws IOException {
		Map<String, Properties> chinese = bundles("");
		Map<String, Properties> english = bundles("_en");
		List<String> problems = new ArrayList<>();
		chinese.forEach((bundle, zh) -> {
			Properties en = english.getOrDefault(bundle, new Properties());
			for (String key : zh.stringPropertyNames()) {
				if (en.containsKey(key)
						&& !placeholders(zh.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
					problems.add(bundle + ": " + key + " has " + placeholders(zh.getProperty(key)) + " in Chinese but "
							+ placeholders(en.getProperty(key)) + " in English");
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String suffix : List.of("", "_en")) {
			bundles(suffix).forEach((bundle, messages) -> {
				for (String key : messages.stringPropertyNames()) {
					String value = messages.getProperty(key);
					if (!placeholders(value).isEmpty() && value.replace("''", "").contains("'")) {
						problems
							.add(bundle + suffix + ": " + key + " (write '' for an apostrophe in a message with {0})");
					}
				}
			});
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyInTheTemplatesExists() throws IOException {
		Set<String> keys = allKeys();
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			String name = templateName(template);
			for (String expression : messageExpressions(read(template))) {
				checkExpression(expression, keys)
					.ifPresent((problem) -> missing.add(name + ": #{" + expression + "} " + problem));
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageKeyInTheJavaCodeExists() throws IOException {
		Set<String> keys = allKeys();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = JAVA_MESSAGE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1);
					boolean validatorsOwn = key.startsWith("jakarta.") || key.startsWith("org.hibernate.");
					// "importer.level." + level.name(): a key completed at run time
					boolean found = key.endsWith(".") ? keys.stream().anyMatch((candidate) -> candidate.startsWith(key))
							: keys.contains(key);
					if (!validatorsOwn && !found) {
						missing.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void messageExpressionsAreFoundWithTheirArgumentsAndLiteralSubstitutions() {
		String template = "<p th:text=\"#{prefecture.totals(${counties.size()}, ${homes})}\">x</p>"
				+ "<span th:text=\"#{|venue.kind.${venue.kind}|}\"></span><a th:title=\"#{app.name}\"></a>";
		assertThat(messageExpressions(template)).containsExactly("prefecture.totals(${counties.size()}, ${homes})",
				"|venue.kind.${venue.kind}|", "app.name");
		Set<String> keys = Set.of("prefecture.totals", "venue.kind.DEPUTY_HOME", "app.name");
		assertThat(checkExpression("prefecture.totals(${counties.size()}, ${homes})", keys)).isEmpty();
		assertThat(checkExpression("|venue.kind.${venue.kind}|", keys)).isEmpty();
		assertThat(checkExpression("|venue.status.${venue.status}|", keys)).isPresent();
		assertThat(checkExpression("app.title", keys)).isPresent();
		assertThat(checkExpression("${dynamicKey}", keys)).isEmpty();
	}

	/**
	 * The contents of every {@code #{...}} in the text, braces balanced.
	 */
	static List<String> messageExpressions(String text) {
		List<String> expressions = new ArrayList<>();
		int start = text.indexOf("#{");
		while (start >= 0) {
			int depth = 1;
			int index = start + 2;
			while (index < text.length() && depth > 0) {
				char c = text.charAt(index);
				if (c == '{') {
					depth++;
				}
				else if (c == '}') {
					depth--;
				}
				index++;
			}
			if (depth == 0) {
				expressions.add(text.substring(start + 2, index - 1).strip());
			}
			start = text.indexOf("#{", index);
		}
		return expressions;
	}

	/**
	 * What is wrong with a message expression, if anything: a literal key must exist; a
	 * key built at run time ({@code |venue.kind.${kind}|}) must have keys with its fixed
	 * prefix; a key that is wholly an expression cannot be checked here.
	 */
	static java.util.Optional<String> checkExpression(String expression, Set<String> keys) {
		String key = expression;
		if (key.startsWith("|") && key.endsWith("|") && key.length() > 1) {
			key = key.substring(1, key.length() - 1).strip();
		}
		else {
			int arguments = key.indexOf('(');
			if (arguments >= 0) {
				key = key.substring(0, arguments).strip();
			}
		}
		int dynamic = firstDynamicPart(key);
		if (dynamic == 0) {
			return java.util.Optional.empty();
		}
		if (dynamic > 0) {
			String prefix = key.substring(0, dynamic);
			return keys.stream().anyMatch((candidate) -> candidate.startsWith(prefix)) ? java.util.Optional.empty()
					: java.util.Optional.of("has no key starting with " + prefix);
		}
		if (!KEY.matcher(key).matches()) {
			return java.util.Optional.of("is not a message key");
		}
		return keys.contains(key) ? java.util.Optional.empty() : java.util.Optional.of("is missing");
	}

	private static int firstDynamicPart(String key) {
		int first = -1;
		for (String marker : List.of("${", "*{", "__")) {
			int index = key.indexOf(marker);
			if (index >= 0 && (first < 0 || index < first)) {
				first = index;
			}
		}
		return first;
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		bundles("").values().forEach((messages) -> keys.addAll(messages.stringPropertyNames()));
		return keys;
	}

	/**
	 * The bundles of one language by base name: suffix {@code ""} for Chinese,
	 * {@code "_en"} for English.
	 */
	private Map<String, Properties> bundles(String suffix) throws IOException {
		Map<String, Properties> bundles = new TreeMap<>();
		for (Resource resource : bundleResources()) {
			String name = resource.getFilename().substring(0, resource.getFilename().length() - ".properties".length());
			boolean english = name.endsWith("_en");
			if (suffix.isEmpty() ? !name.contains("_") : english) {
				Properties properties = new Properties();
				try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				bundles.put(english ? name.substring(0, name.length() - 3) : name, properties);
			}
		}
		return bundles;
	}

	/**
	 * The application's own bundles (not those of libraries on the class path).
	 */
	private List<Resource> bundleResources() throws IOException {
		List<Resource> resources = new ArrayList<>();
		for (Resource resource : this.resolver.getResources("classpath*:i18n/*.properties")) {
			if (resource.isFile()) {
				resources.add(resource);
			}
		}
		return resources;
	}

	private List<Resource> templates() throws IOException {
		List<Resource> templates = new ArrayList<>();
		for (Resource resource : this.resolver.getResources("classpath*:templates/**/*.html")) {
			if (resource.isFile()) {
				templates.add(resource);
			}
		}
		assertThat(templates).as("templates").isNotEmpty();
		return templates;
	}

	/**
	 * The keys of a properties file in the order written, repeats included.
	 */
	private static List<String> keysInOrder(Resource resource) throws IOException {
		List<String> keys = new ArrayList<>();
		boolean continued = false;
		for (String line : read(resource).split("\\R")) {
			String stripped = line.stripLeading();
			boolean wasContinued = continued;
			continued = endsWithOddBackslashes(line);
			if (wasContinued || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
				continue;
			}
			StringBuilder key = new StringBuilder();
			for (int i = 0; i < stripped.length(); i++) {
				char c = stripped.charAt(i);
				if (c == '\\' && i + 1 < stripped.length()) {
					key.append(stripped.charAt(++i));
				}
				else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
					break;
				}
				else {
					key.append(c);
				}
			}
			keys.add(key.toString());
		}
		return keys;
	}

	private static boolean endsWithOddBackslashes(String line) {
		int count = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			count++;
		}
		return count % 2 == 1;
	}

	static String read(Resource resource) throws IOException {
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return FileCopyUtils.copyToString(reader);
		}
	}

	static String templateName(Resource template) throws IOException {
		String path = template.getURL().getPath();
		int index = path.lastIndexOf("/templates/");
		return (index >= 0) ? path.substring(index + 1) : path;
	}

}
