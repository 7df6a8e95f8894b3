package org.deputyaction;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the application modules honest: no module reaches into another's nested packages,
 * and no cycles. Draws the module diagrams into {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private static final ApplicationModules modules = ApplicationModules.of(DeputyActionApplication.class);

	@Test
	void modulesRespectEachOthersBoundaries() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString())).contains("system",
				"organization", "account");
	}

	@Test
	void writesTheModuleDiagrams() throws Exception {
		Path folder = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
		assertThat(folder.resolve("components.puml")).exists();
		try (var files = Files.list(folder)) {
			assertThat(files.map((file) -> file.getFileName().toString())).contains("module-account.puml",
					"module-organization.puml", "module-system.puml");
		}
	}

}
