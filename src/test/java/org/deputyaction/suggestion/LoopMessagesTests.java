package org.deputyaction.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoopMessagesTests {

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		assertThat(load("i18n/suggestion_en.properties").stringPropertyNames())
			.isEqualTo(load("i18n/suggestion.properties").stringPropertyNames());
	}

	@Test
	void everyKeyOfEveryEnumAndRuleHasAText() throws IOException {
		Properties texts = load("i18n/suggestion.properties");
		Set<String> keys = new TreeSet<>();
		Stream.of(LoopStatus.values()).map(LoopStatus::messageKey).forEach(keys::add);
		Stream.of(ProblemSource.values()).map(ProblemSource::messageKey).forEach(keys::add);
		Stream.of(ResultClass.values()).map(ResultClass::messageKey).forEach(keys::add);
		Stream.of(Satisfaction.values()).map(Satisfaction::messageKey).forEach(keys::add);
		Stream.of(AssignmentStatus.values()).map(AssignmentStatus::messageKey).forEach(keys::add);
		Stream.of(AssignmentRole.values()).map(AssignmentRole::messageKey).forEach(keys::add);
		Stream.of(TimelineAction.values()).map(TimelineAction::messageKey).forEach(keys::add);
		Stream.of(LoopAction.values()).map(LoopAction::messageKey).forEach(keys::add);
		Stream.of(WorkQueue.values()).map(WorkQueue::messageKey).forEach(keys::add);
		Stream.of(DeadlineState.values()).map(DeadlineState::messageKey).forEach(keys::add);
		Stream.of(ExtensionStatus.values()).map(ExtensionStatus::messageKey).forEach(keys::add);
		Stream.of(SupervisionKind.values()).map(SupervisionKind::messageKey).forEach(keys::add);
		Stream.of(HolidayKind.values()).map(HolidayKind::messageKey).forEach(keys::add);
		Stream.of(DeadlineCounting.values()).map(DeadlineCounting::messageKey).forEach(keys::add);
		keys.addAll(ruleKeysInSources());
		assertThat(keys).allSatisfy((key) -> assertThat(texts).containsKey(key));
	}

	private static Set<String> ruleKeysInSources() throws IOException {
		Set<String> keys = new TreeSet<>();
		Pattern pattern = Pattern.compile("\"(loop\\.rule\\.[A-Za-z]+)\"");
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/deputyaction/suggestion"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		assertThat(keys).hasSizeGreaterThan(30);
		return keys;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = LoopMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
