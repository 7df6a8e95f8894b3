package org.deputyaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docker-compose.yml, the Dockerfile and .env.example in step with the settings the
 * application reads, since no Docker engine runs where the tests run.
 */
class DockerComposeConsistencyTests {

	/** What the application needs to run against an external database. */
	private static final Set<String> REQUIRED = Set.of("DATABASE_URL", "DATABASE_USERNAME", "DATABASE_PASSWORD");

	/** Read by the JVM rather than by the application's settings. */
	private static final Set<String> READ_BY_THE_JVM = Set.of("JAVA_TOOL_OPTIONS", "TZ");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)");

	private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*:\\?[^}]+}");

	private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/(\\w+)");

	@Test
	void appServiceSetsOnlyVariablesTheApplicationReads() throws IOException {
		Set<String> read = applicationVariables();
		assertThat(read).as("placeholders in application.properties").contains("DATABASE_URL", "PORT");
		assertThat(appEnvironment().keySet())
			.allSatisfy((name) -> assertThat(read.contains(name) || READ_BY_THE_JVM.contains(name))
				.as("%s is set for the app but application.properties never reads it", name)
				.isTrue());
	}

	@Test
	void appServiceSetsWhatAnExternalDatabaseNeeds() throws IOException {
		Map<String, String> environment = appEnvironment();
		assertThat(environment).containsKeys(REQUIRED.toArray(String[]::new));
		REQUIRED.forEach((name) -> assertThat(environment.get(name)).as(name).isNotBlank());
		assertThat(applicationVariables()).containsAll(REQUIRED);
	}

	@Test
	void appConnectsToTheDatabaseServiceItWaitsFor() throws IOException {
		Map<String, Object> services = services();
		Map<String, Object> app = map(services.get("app"));
		Matcher url = JDBC_URL.matcher(appEnvironment().get("DATABASE_URL"));
		assertThat(url.matches()).as("DATABASE_URL is a PostgreSQL JDBC URL").isTrue();
		String host = url.group(1);
		assertThat(services).containsKey(host);
		Map<String, Object> db = map(services.get(host));
		assertThat(String.valueOf(db.get("image"))).startsWith("postgres:17");
		assertThat(map(db.get("environment"))).containsEntry("POSTGRES_DB", url.group(3));
		assertThat(db).containsKeys("healthcheck", "volumes");
		assertThat(map(map(app.get("depends_on")).get(host))).containsEntry("condition", "service_healthy");
		assertThat(map(db.get("environment")).get("POSTGRES_USER"))
			.isEqualTo(appEnvironment().get("DATABASE_USERNAME"));
		assertThat(map(db.get("environment")).get("POSTGRES_PASSWORD"))
			.isEqualTo(appEnvironment().get("DATABASE_PASSWORD"));
	}

	@Test
	void noSecretIsWrittenIntoTheComposeFile() throws IOException {
		for (Map.Entry<String, Object> service : services().entrySet()) {
			environment(map(service.getValue())).forEach((name, value) -> {
				if (name.contains("PASSWORD") || name.contains("SECRET")) {
					assertThat(value)
						.as("%s of %s must come from a required variable like ${X:?...}", name, service.getKey())
						.matches(REQUIRED_VARIABLE);
				}
			});
		}
	}

	@Test
	void envExampleNamesEveryVariableTheComposeFileUses() throws IOException {
		String compose = read("docker-compose.yml");
		String example = read(".env.example");
		Set<String> used = new TreeSet<>();
		Matcher matcher = Pattern.compile("(?<!\\$)\\$\\{([A-Z][A-Z0-9_]*)").matcher(compose);
		while (matcher.find()) {
			used.add(matcher.group(1));
		}
		assertThat(used).isNotEmpty()
			.allSatisfy((name) -> assertThat(example).as(".env.example names " + name)
				.containsPattern("(?m)^#?\\s*" + name + "="));
		assertThat(example).doesNotContainPattern("(?m)^\\w*PASSWORD=\\S");
	}

	@Test
	void dockerfileExposesAndChecksThePortTheApplicationListensOn() throws IOException {
		String port = defaultOf("server.port");
		String dockerfile = read("Dockerfile");
		String runStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
		assertThat(runStage).containsPattern("(?m)^EXPOSE " + port + "$");
		assertThat(runStage).containsPattern("(?m)^HEALTHCHECK .*\\n?.*/actuator/health");
		assertThat(runStage).containsPattern("(?m)^USER (?!root\\b)\\S+");
		assertThat(runStage).containsPattern("(?m)^FROM \\S+:17-jre");
		assertThat(dockerfile).containsPattern("(?m)^FROM \\S+:17-jdk AS build");
		assertThat(dockerfile).contains("./mvnw");

		Map<String, Object> app = map(services().get("app"));
		assertThat(app.get("ports")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.anySatisfy((mapping) -> assertThat(String.valueOf(mapping)).endsWith(":" + port));
		String configured = appEnvironment().get("PORT");
		if (configured != null) {
			assertThat(configured).isEqualTo(port);
		}
	}

	@Test
	void placeholdersAreFoundWithTheirDefaults() {
		Matcher matcher = PLACEHOLDER.matcher("server.port=${PORT:8080}\nx=${DATABASE_URL:}");
		List<String> found = matcher.results().map((result) -> result.group(1)).toList();
		assertThat(found).containsExactly("PORT", "DATABASE_URL");
	}

	private static Set<String> applicationVariables() throws IOException {
		Set<String> names = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(read("src/main/resources/application.properties"));
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/**
	 * The default written in application.properties for a setting, e.g. {@code 8080} for
	 * {@code server.port=${PORT:8080}}.
	 */
	private static String defaultOf(String property) throws IOException {
		Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(property) + "=\\$\\{[A-Z_]+:([^}]*)}")
			.matcher(read("src/main/resources/application.properties"));
		assertThat(matcher.find()).as(property + " in application.properties").isTrue();
		return matcher.group(1);
	}

	private static Map<String, String> appEnvironment() throws IOException {
		return environment(map(services().get("app")));
	}

	/**
	 * A service's environment, written as a map or as a list of {@code NAME=value}.
	 */
	private static Map<String, String> environment(Map<String, Object> service) {
		Map<String, String> environment = new LinkedHashMap<>();
		Object declared = service.get("environment");
		if (declared instanceof Map<?, ?> entries) {
			entries.forEach((name, value) -> environment.put(String.valueOf(name), String.valueOf(value)));
		}
		else if (declared instanceof List<?> entries) {
			for (Object entry : entries) {
				String[] parts = String.valueOf(entry).split("=", 2);
				environment.put(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		return environment;
	}

	private static Map<String, Object> services() throws IOException {
		Map<String, Object> compose = map(
				new Yaml(new SafeConstructor(new LoaderOptions())).load(read("docker-compose.yml")));
		Map<String, Object> services = map(compose.get("services"));
		assertThat(services).containsKeys("app", "db");
		return services;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static String read(String file) throws IOException {
		return Files.readString(Path.of(file));
	}

}
