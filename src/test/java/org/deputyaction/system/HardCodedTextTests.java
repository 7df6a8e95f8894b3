package org.deputyaction.system;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMBuilderMarkupHandler;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees comes from the message bundles: no template shows words that
 * Thymeleaf does not replace, and no Java code carries Chinese text or hard-coded flash
 * messages.
 */
class HardCodedTextTests {

	/** Attributes whose content replaces the element's body when rendered. */
	private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:remove", "th:errors", "data-th-text", "data-th-utext", "data-th-replace", "data-th-insert",
			"data-th-errors", "sec:authentication");

	/** Attributes that a user reads or hears. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "aria-roledescription");

	/** The language switch names each language in that language. */
	private static final Set<String> ALLOWED_TEXTS = Set.of("中文", "English");

	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[A-Za-z]+);");

	private static final Pattern FLASH_LITERAL = Pattern.compile("add(?:Flash)?Attribute\\(\\s*\"message\"\\s*,\\s*\"");

	@Test
	void templatesShowNoTextThatIsNotFromTheBundles() throws Exception {
		List<String> problems = new ArrayList<>();
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		for (Resource template : templates) {
			if (template.isFile()) {
				String name = MessageBundleTests.templateName(template);
				hardCodedTexts(MessageBundleTests.read(template)).forEach((text) -> problems.add(name + ": " + text));
			}
		}
		assertThat(templates).isNotEmpty();
		assertThat(problems).isEmpty();
	}

	@Test
	void findsTextOutsideThymeleafButAcceptsNaturalTemplatePlaceholders() throws ParseException {
		String template = """
				<html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout/public :: layout(~{::title}, ~{::main})}">
				<head><title th:text="#{app.name}">代表行动</title></head>
				<body><main id="main">
					<h1>县市列表</h1>
					<p th:text="#{prefecture.intro}">Every problem, <b>in public</b>.</p>
					<button type="submit">Save</button>
					<span>404 · 12 → 3</span>
					<a href="?lang=en" lang="en">English</a>
					<p>[[#{app.name}]]</p>
					<input placeholder="Search" th:placeholder="#{search}"><input placeholder="搜索">
					<img alt="QR code" src="x.png">
					<script>var hidden = "text";</script>
					<div class="invalid-feedback" th:errors="*{title}">Error</div>
					<p>&copy; &nbsp;</p>
				</main></body></html>
				""";
		assertThat(hardCodedTexts(template)).containsExactly("<h1> 县市列表", "<button> Save", "<input placeholder> 搜索",
				"<img alt> QR code");
	}

	@Test
	void javaCodeCarriesNoChineseText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : javaSources()) {
			for (JavaSource.Literal literal : JavaSource.stringLiterals(Files.readString(file))) {
				if (containsHan(literal.value())) {
					problems.add(file.getFileName() + " line " + literal.line() + ": \"" + literal.value() + "\"");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void controllersTakeFlashMessagesFromTheBundles() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : javaSources()) {
			String code = JavaSource.withoutComments(Files.readString(file));
			Matcher matcher = FLASH_LITERAL.matcher(code);
			while (matcher.find()) {
				problems.add(file.getFileName() + ": " + code.substring(matcher.start(),
						Math.min(code.length(), code.indexOf(')', matcher.end()) + 1)));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void stringLiteralsAreFoundOutsideComments() {
		String code = """
				// "注释"
				/* "块注释" */
				class A {
					char quote = '"';
					String a = "代表\\"行动";
					String b = \"""
						文本块
						\""";
					String c = "\\u4e2d";
				}
				""";
		assertThat(JavaSource.stringLiterals(code)).extracting((literal) -> literal.value().strip())
			.containsExactly("代表\"行动", "文本块", "中");
	}

	/**
	 * Each piece of text in the template that a user would see as written, with the
	 * element that holds it.
	 */
	static List<String> hardCodedTexts(String template) throws ParseException {
		DOMBuilderMarkupHandler handler = new DOMBuilderMarkupHandler();
		new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(new StringReader(template), handler);
		List<String> found = new ArrayList<>();
		visit(handler.getDocument(), false, found);
		return found;
	}

	private static void visit(INestableNode parent, boolean replaced, List<String> found) {
		for (INode node : parent.getChildren()) {
			if (node instanceof Element element) {
				Map<String, String> attributes = element.getAttributeMap();
				String name = element.getElementName().toLowerCase();
				checkAttributes(element, attributes, found);
				if (name.equals("script") || name.equals("style")) {
					continue;
				}
				// A page's <html th:replace="~{layout :: layout(~{::title}, ~{::main})}">
				// renders the page's own title and main: its content is not replaced.
				boolean replacesBody = !name.equals("html")
						&& attributes.keySet().stream().anyMatch((attribute) -> BODY_REPLACING.contains(attribute));
				visit(element, replaced || replacesBody, found);
			}
			else if (node instanceof Text text && !replaced) {
				String visible = visible(text.getContent());
				if (hasWords(visible) && !ALLOWED_TEXTS.contains(visible)) {
					found.add("<" + ((Element) parent).getElementName() + "> " + visible);
				}
			}
		}
	}

	private static void checkAttributes(Element element, Map<String, String> attributes, List<String> found) {
		for (String attribute : VISIBLE_ATTRIBUTES) {
			String value = attributes.get(attribute);
			if (value == null || !hasWords(visible(value))) {
				continue;
			}
			boolean replaced = attributes.containsKey("th:" + attribute)
					|| attributes.getOrDefault("th:attr", "").contains(attribute + "=")
					|| (attribute.equals("alt") || attribute.equals("title")) && attributes.containsKey("th:alt-title");
			if (!replaced) {
				found.add("<" + element.getElementName() + " " + attribute + "> " + visible(value));
			}
		}
	}

	private static String visible(String text) {
		String withoutExpressions = INLINED.matcher(text).replaceAll(" ");
		return ENTITY.matcher(withoutExpressions).replaceAll(" ").strip().replaceAll("\\s+", " ");
	}

	private static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static boolean containsHan(String text) {
		return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static List<Path> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			List<Path> sources = files.filter((path) -> path.toString().endsWith(".java")).sorted().toList();
			assertThat(sources).isNotEmpty();
			return sources;
		}
	}

	/**
	 * Just enough of Java's lexical structure to find string literals and comments.
	 */
	static final class JavaSource {

		private JavaSource() {
		}

		record Literal(String value, int line) {
		}

		static List<Literal> stringLiterals(String code) {
			List<Literal> literals = new ArrayList<>();
			scan(code, literals, null);
			return literals;
		}

		static String withoutComments(String code) {
			StringBuilder out = new StringBuilder();
			scan(code, new ArrayList<>(), out);
			return out.toString();
		}

		private static void scan(String raw, List<Literal> literals, StringBuilder code) {
			String source = unicodeEscapes(raw);
			int line = 1;
			int i = 0;
			while (i < source.length()) {
				char c = source.charAt(i);
				if (source.startsWith("//", i)) {
					int end = source.indexOf('\n', i);
					i = (end < 0) ? source.length() : end;
				}
				else if (source.startsWith("/*", i)) {
					int end = source.indexOf("*/", i + 2);
					end = (end < 0) ? source.length() : end + 2;
					line += count(source, i, end);
					i = end;
				}
				else if (source.startsWith("\"\"\"", i)) {
					int start = source.indexOf('\n', i) + 1;
					int end = source.indexOf("\"\"\"", start);
					end = (end < 0) ? source.length() : end;
					literals.add(new Literal(source.substring(start, end), line));
					append(code, source, i, Math.min(source.length(), end + 3));
					line += count(source, i, end);
					i = Math.min(source.length(), end + 3);
				}
				else if (c == '"' || c == '\'') {
					StringBuilder value = new StringBuilder();
					int j = i + 1;
					while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
						if (source.charAt(j) == '\\' && j + 1 < source.length()) {
							j++;
						}
						value.append(source.charAt(j));
						j++;
					}
					if (c == '"') {
						literals.add(new Literal(value.toString(), line));
					}
					append(code, source, i, Math.min(source.length(), j + 1));
					i = j + 1;
				}
				else {
					if (c == '\n') {
						line++;
					}
					if (code != null) {
						code.append(c);
					}
					i++;
				}
			}
		}

		private static void append(StringBuilder code, String source, int start, int end) {
			if (code != null) {
				code.append(source, start, end);
			}
		}

		private static int count(String source, int start, int end) {
			int lines = 0;
			for (int i = start; i < end && i < source.length(); i++) {
				if (source.charAt(i) == '\n') {
					lines++;
				}
			}
			return lines;
		}

		private static String unicodeEscapes(String source) {
			Matcher matcher = Pattern.compile("\\\\u+([0-9a-fA-F]{4})").matcher(source);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				int backslashes = 0;
				for (int k = matcher.start() - 1; k >= 0 && source.charAt(k) == '\\'; k--) {
					backslashes++;
				}
				String replacement = (backslashes % 2 == 0)
						? String.valueOf((char) Integer.parseInt(matcher.group(1), 16)) : matcher.group();
				matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
			}
			matcher.appendTail(out);
			return out.toString();
		}

	}

}
