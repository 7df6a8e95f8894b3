package org.deputyaction.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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

	@Bean(destroyMethod = "release")
	EmbeddedDatabase embeddedDatabase(@Value("${deputyaction.embedded-database.directory:}") String directory,
			@Value("${deputyaction.embedded-database.port:0}") int port,
			@Value("${deputyaction.embedded-database.shared:true}") boolean shared) throws IOException {
		return shared ? EmbeddedDatabase.start(directory, port) : EmbeddedDatabase.startPrivate(directory, port);
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int maximumPoolSize,
			@Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeout,
			@Value("${spring.datasource.hikari.validation-timeout:2000}") long validationTimeout,
			@Value("${spring.datasource.hikari.data-source-properties.socketTimeout:60}") String socketTimeout) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setMaximumPoolSize(maximumPoolSize);
		dataSource.setConnectionTimeout(connectionTimeout);
		dataSource.setValidationTimeout(validationTimeout);
		dataSource.addDataSourceProperty("socketTimeout", socketTimeout);
		dataSource.setPoolName("embedded");
		return dataSource;
	}

	/**
	 * An embedded PostgreSQL. By default one per JVM, shared by every application context
	 * of that JVM (tests start several) and stopped when the JVM ends; with
	 * {@code deputyaction.embedded-database.shared=false} one of the context's own, in a
	 * directory of its own, stopped with the context.
	 */
	public static final class EmbeddedDatabase {

		private static EmbeddedDatabase running;

		private final Path directory;

		private final boolean persistent;

		private final boolean shared;

		private EmbeddedPostgres postgres;

		private final int port;

		private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, boolean persistent, boolean shared) {
			this.postgres = postgres;
			this.directory = directory;
			this.persistent = persistent;
			this.shared = shared;
			this.port = postgres.getPort();
		}

		static synchronized EmbeddedDatabase start(String directory, int port) throws IOException {
			if (running != null) {
				return running;
			}
			running = create(directory, port, true);
			Runtime.getRuntime().addShutdownHook(new Thread(running::stopAndForget, "embedded-postgres-stop"));
			return running;
		}

		static EmbeddedDatabase startPrivate(String directory, int port) throws IOException {
			return create(directory, port, false);
		}

		private static EmbeddedDatabase create(String directory, int port, boolean shared) throws IOException {
			boolean persistent = StringUtils.hasText(directory);
			Path dataDirectory = persistent ? Path.of(directory).toAbsolutePath().normalize()
					: Files.createTempDirectory("deputy-action-pg");
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres postgres = launch(dataDirectory, port);
			log.info("Embedded PostgreSQL {} on port {}, data in {}", "17", postgres.getPort(), dataDirectory);
			return new EmbeddedDatabase(postgres, dataDirectory, persistent, shared);
		}

		// Never "clean": the server may be stopped and started again on the same data;
		// a temporary directory is deleted when the database is released.
		private static EmbeddedPostgres launch(Path dataDirectory, int port) throws IOException {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "Asia/Shanghai");
			if (port > 0) {
				builder.setPort(port);
			}
			return builder.start();
		}

		public String jdbcUrl() {
			return this.postgres.getJdbcUrl("postgres", "postgres");
		}

		public int port() {
			return this.port;
		}

		public Path directory() {
			return this.directory;
		}

		/**
		 * Stops the server and keeps its data, as a crash or a maintenance stop of the
		 * database would.
		 * @throws IOException if the server does not stop
		 */
		public synchronized void stop() throws IOException {
			this.postgres.close();
		}

		/**
		 * Starts the server again on the same port with the same data after
		 * {@link #stop()}.
		 * @throws IOException if the server does not start
		 */
		public synchronized void restart() throws IOException {
			this.postgres = launch(this.directory, this.port);
			log.info("Embedded PostgreSQL restarted on port {}", this.port);
		}

		/**
		 * Called when the application context closes: a private server stops (and its
		 * temporary data goes); the shared one runs on until the JVM ends.
		 */
		void release() {
			if (!this.shared) {
				stopAndForget();
			}
		}

		private void stopAndForget() {
			closeQuietly();
			if (!this.persistent) {
				deleteQuietly(this.directory);
			}
		}

		private synchronized void closeQuietly() {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
		}

		private static void deleteQuietly(Path directory) {
			try (Stream<Path> paths = Files.walk(directory)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
			catch (IOException ex) {
				log.debug("Could not delete {}", directory, ex);
			}
		}

	}

}
