package org.deputyaction.demo.generator;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code --generate=1000000} (or {@code 10k}, {@code 1m}, {@code 10m}) fills the database
 * with that many generated items, then stops the application; without the argument it
 * does nothing. {@code --generate.prefectures=N} and {@code --generate.years=N} change
 * the shape (defaults: one prefecture per 100,000 items, three years).
 */
@Component
@Order(10)
class GenerateCommand implements ApplicationRunner {

	static final String OPTION = "generate";

	private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

	private final DataGenerator generator;

	private final JdbcTemplate jdbc;

	private final ConfigurableApplicationContext context;

	GenerateCommand(DataGenerator generator, JdbcTemplate jdbc, ConfigurableApplicationContext context) {
		this.generator = generator;
		this.jdbc = jdbc;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		long items = parseCount(single(args, OPTION, "10000"));
		int prefectures = Integer.parseInt(single(args, OPTION + ".prefectures", "0"));
		int years = Integer.parseInt(single(args, OPTION + ".years", "3"));
		String into = single(args, OPTION + ".into", "");
		log.info("Generating {} items ...", items);
		long started = System.nanoTime();
		DataGenerator.Result result = this.generator.generate(items, prefectures, years, into);
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		this.jdbc.execute("analyze");
		String size = this.jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))",
				String.class);
		log.info("Generated {} items ({} rows) in prefectures {} in {} s; database size now {}", result.items(),
				result.rows(), result.prefectureCodes(), seconds, size);
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

	private static String single(ApplicationArguments args, String name, String fallback) {
		List<String> values = args.getOptionValues(name);
		return (values == null || values.isEmpty() || values.get(0).isBlank()) ? fallback : values.get(0);
	}

	/** 10000, 10k, 1m or 10m. */
	static long parseCount(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT).replace("_", "");
		long factor = 1;
		if (value.endsWith("k")) {
			factor = 1_000;
			value = value.substring(0, value.length() - 1);
		}
		else if (value.endsWith("m")) {
			factor = 1_000_000;
			value = value.substring(0, value.length() - 1);
		}
		long count = Long.parseLong(value) * factor;
		if (count <= 0) {
			throw new IllegalArgumentException("--generate needs a positive number of items");
		}
		return count;
	}

}
