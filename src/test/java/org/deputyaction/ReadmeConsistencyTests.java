package org.deputyaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README tells the truth about the settings, the commands and the documents it links.
 */
class ReadmeConsistencyTests {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

	@Test
	void readmeDocumentsEveryEnvironmentVariableTheApplicationReads() throws IOException {
		String readme = read("README.md");
		Set<String> variables = new TreeSet<>();
		Matcher matcher = VARIABLE.matcher(read("src/main/resources/application.properties"));
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		assertThat(variables).isNotEmpty()
			.allSatisfy((name) -> assertThat(readme).as("README documents " + name).contains("| `" + name + "` |"));
	}

	@Test
	void continuousIntegrationRunsTheTestCommandTheReadmeNames() throws IOException {
		assertThat(read("README.md")).contains("```sh\n./mvnw verify\n```").contains("./mvnw spring-boot:run");
		List<String> mavenRuns = read(".ci/run").lines()
			.map(String::strip)
			.filter((line) -> line.startsWith("./mvnw"))
			.toList();
		assertThat(mavenRuns).hasSize(1);
		String goals = mavenRuns.get(0).replaceAll("\\s+-(B|ntp)\\b", "");
		assertThat(goals).isEqualTo("./mvnw verify");
		assertThat(Files.isExecutable(Path.of(".ci/run"))).isTrue();
	}

	@Test
	void relativeLinksInTheDocumentsLeadToFilesThatExist() throws IOException {
		List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).forEach(documents::add);
		}
		List<String> broken = new ArrayList<>();
		for (Path document : documents) {
			Matcher matcher = LINK.matcher(Files.readString(document));
			while (matcher.find()) {
				String target = matcher.group(1);
				if (!target.contains("://") && !target.startsWith("mailto:")
						&& !Files.exists(document.toAbsolutePath().getParent().resolve(target))) {
					broken.add(document + " -> " + target);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	private static String read(String file) throws IOException {
		return Files.readString(Path.of(file));
	}

}
