package org.deputyaction.demo.generator;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --generate} the application runs as a command: no web server, so that it
 * neither needs nor takes a port.
 */
public class GenerateEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(GenerateCommand.OPTION)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("generate", Map.of("spring.main.web-application-type", "none")));
		}
	}

}
