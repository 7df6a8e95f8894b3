package org.deputyaction.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet closes each rule it opens, opens rules only at the top or inside an
 * at-rule such as {@code @media}, and puts no declaration outside a rule: a rule left
 * open nests everything after it, and browsers then silently ignore those rules.
 */
class StylesheetTests {

	private static final Path STATIC = Path.of("src/main/resources/static");

	/** At-rules that hold rules; others (such as {@code @page}) hold declarations. */
	private static final Pattern GROUPS = Pattern.compile("@(media|supports|container|layer|document)\\b");

	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

	@Test
	void everyRuleOfEveryStylesheetIsClosedAndNoneIsNested() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(STATIC)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".css")).toList()) {
				String css = COMMENT.matcher(Files.readString(file)).replaceAll("");
				check(STATIC.relativize(file).toString(), css, problems);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aRuleLeftOpenIsFound() {
		List<String> problems = new ArrayList<>();
		check("broken.css", ".a {\n color: red;\n.b {\n color: blue;\n}\n", problems);
		assertThat(problems).hasSize(2);
	}

	private static void check(String name, String css, List<String> problems) {
		Deque<Boolean> open = new ArrayDeque<>();
		int line = 1;
		StringBuilder text = new StringBuilder();
		for (char c : css.toCharArray()) {
			if (c == '\n') {
				line++;
			}
			if (c == '{') {
				String selector = text.toString().strip();
				boolean group = GROUPS.matcher(selector).lookingAt();
				if (!open.isEmpty() && !open.peek()) {
					problems.add(name + ":" + line + " rule opened inside another rule: " + selector);
				}
				open.push(group);
				text.setLength(0);
			}
			else if (c == '}') {
				if (open.isEmpty()) {
					problems.add(name + ":" + line + " closes a rule that is not open");
				}
				else {
					open.pop();
				}
				text.setLength(0);
			}
			else if (c == ';') {
				String declaration = text.toString().strip();
				if ((open.isEmpty() || open.peek()) && !declaration.startsWith("@")) {
					problems.add(name + ":" + line + " declaration outside a rule: " + declaration);
				}
				text.setLength(0);
			}
			else {
				text.append(c);
			}
		}
		if (!open.isEmpty()) {
			problems.add(name + ": " + open.size() + " rule(s) left open at the end");
		}
	}

}
