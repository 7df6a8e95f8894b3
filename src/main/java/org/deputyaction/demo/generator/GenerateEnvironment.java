package org.deputyaction.demo.generator;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --generate} the application runs as a command: its web server listens on a
 * free port of the system's choosing, so that it never clashes with a running
 * application, and stops when the data is written.
 */
public class GenerateEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(GenerateCommand.OPTION)) {
			environment.getPropertySources().addFirst(new MapPropertySource("generate", Map.of("server.port", "0")));
		}
	}

}
