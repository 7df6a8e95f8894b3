package org.deputyaction.operations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.deputyaction.audit.AuditLog;
import org.deputyaction.organization.importer.OrganizationImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scripts/backup.sh} and {@code scripts/restore.sh} round trip: the application's
 * whole schema with the demo organisation, change log entries and an attachment stored in
 * the database, backed up while the application runs and restored into a new database,
 * come back table by table, row by row.
 * <p>
 * pg_dump must be of the server's major version or newer, and a Debian 12 machine has the
 * PostgreSQL 15 client only, so this test runs the application on a PostgreSQL server of
 * its own whose major version is the client's: with a client older than 17, the
 * PostgreSQL 15 binaries that Maven copies to {@code target/}. The client is the one in
 * {@code PG_BIN}, else the newest under {@code /usr/lib/postgresql/}.
 */
class BackupAndRestoreTests {

	private static final Pattern MAJOR = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

	private static final String DATABASE = "deputyaction";

	private static final int APPLICATION_SERVER_MAJOR_VERSION = 17;

	@TempDir
	Path temp;

	@Test
	void aBackupRestoredIntoANewDatabaseHoldsEveryRowOfEveryTable() throws Exception {
		Path client = clientBinaries();
		try (EmbeddedPostgres server = startServer(clientMajorVersion(client), this.temp.resolve("data"))) {
			try (Connection admin = server.getPostgresDatabase().getConnection();
					Statement statement = admin.createStatement()) {
				statement.execute("create database " + DATABASE);
				assertThat(majorVersion(statement)).as("pg_dump in %s matches the server", client)
					.isEqualTo(clientMajorVersion(client));
			}
			String url = server.getJdbcUrl("postgres", DATABASE);
			try (ConfigurableApplicationContext node = Nodes.start("spring.datasource.url=" + url,
					"spring.datasource.username=postgres", "spring.datasource.password=postgres",
					"deputyaction.demo.enabled=false")) {
				fill(node);
				Map<String, String> environment = connection(server, client, DATABASE);
				environment.put("BACKUP_DIR", this.temp.resolve("backups").toString());
				String backup = lastLine(run(environment, "scripts/backup.sh"));
				assertThat(Path.of(backup)).isRegularFile()
					.satisfies((file) -> assertThat(file.getFileName().toString())
						.matches("deputy-action-" + DATABASE + "-\\d{8}-\\d{6}\\.dump"));
				node.close();

				String restored = "restored_" + System.nanoTime();
				String report = run(connection(server, client, restored), "scripts/restore.sh", backup);

				Map<String, String> source = fingerprints(server, DATABASE);
				assertThat(source).containsKeys("public.county", "public.venue", "public.loop_attachment_content",
						"public.change_log", "public.flyway_schema_history");
				assertThat(fingerprints(server, restored)).isEqualTo(source);
				assertThat(reportedCounts(report)).isEqualTo(rowCounts(server, DATABASE))
					.containsEntry("public.venue", 587L)
					.containsEntry("public.loop_attachment_content", 1L);

				ProcessResult again = start(connection(server, client, restored), "scripts/restore.sh", backup);
				assertThat(again.exitCode()).as("refuses to restore over data").isNotZero();
				assertThat(again.output()).contains("new, empty");
			}
		}
	}

	/**
	 * The demo organisation through the importer, a few change log entries and one
	 * problem with a 256 KiB attachment, stored in the database like every other.
	 */
	private static void fill(ConfigurableApplicationContext node) throws IOException {
		byte[] organization = new ClassPathResource("demo/organization.csv").getContentAsByteArray();
		node.getBean(OrganizationImporter.class).importFile("organization.csv", organization, "backup-test");
		AuditLog audit = node.getBean(AuditLog.class);
		for (int i = 0; i < 5; i++) {
			audit.record("backup-test", "B-" + i, AuditLog.UPDATED, "change " + i);
		}
		JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
		Long problem = jdbc.queryForObject("""
				insert into problem (tracking_number, county_id, venue_id, title, description, source, found_on,
				    status, recorded_at, updated_at)
				select 'BK-1', v.county_id, v.id, 'title', 'description', 'VISIT', current_date, 'FOUND', now(), now()
				from venue v order by v.id limit 1
				returning id""", Long.class);
		byte[] content = new byte[256 * 1024];
		new Random(17).nextBytes(content);
		Long attachment = jdbc.queryForObject("""
				insert into loop_attachment (problem_id, file_name, content_type, size_bytes, sha256, uploaded_at)
				values (?, 'photo.jpg', 'image/jpeg', ?, repeat('0', 64), now()) returning id""", Long.class, problem,
				content.length);
		jdbc.update("insert into loop_attachment_content (attachment_id, content) values (?, ?)", attachment, content);
	}

	/**
	 * Per table of the database, a digest of all its rows in a stable order.
	 */
	private static Map<String, String> fingerprints(EmbeddedPostgres server, String database) throws SQLException {
		Map<String, String> fingerprints = new TreeMap<>();
		for (String table : tables(server, database)) {
			fingerprints.put(table,
					single(server, database,
							"select md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) from " + table
									+ " t"));
		}
		return fingerprints;
	}

	private static Map<String, Long> rowCounts(EmbeddedPostgres server, String database) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables(server, database)) {
			counts.put(table, Long.valueOf(single(server, database, "select count(*) from " + table)));
		}
		return counts;
	}

	private static List<String> tables(EmbeddedPostgres server, String database) throws SQLException {
		String names = single(server, database, """
				select string_agg(quote_ident(schemaname) || '.' || quote_ident(tablename), ',' order by 1)
				from pg_tables where schemaname not in ('pg_catalog', 'information_schema')""");
		return List.of(names.split(","));
	}

	private static String single(EmbeddedPostgres server, String database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", database), "postgres",
				"postgres");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static Map<String, Long> reportedCounts(String report) {
		Map<String, Long> counts = new TreeMap<>();
		report.lines().filter((line) -> line.contains("\t")).forEach((line) -> {
			String[] parts = line.split("\t");
			counts.put(parts[0], Long.valueOf(parts[1].strip()));
		});
		return counts;
	}

	private static Map<String, String> connection(EmbeddedPostgres server, Path client, String database) {
		Map<String, String> environment = new HashMap<>();
		environment.put("PGHOST", "127.0.0.1");
		environment.put("PGPORT", String.valueOf(server.getPort()));
		environment.put("PGUSER", "postgres");
		environment.put("PGPASSWORD", "postgres");
		environment.put("PGDATABASE", database);
		environment.put("PG_BIN", client.toString());
		return environment;
	}

	private static String run(Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		ProcessResult result = start(environment, command);
		assertThat(result.exitCode()).as("%s said:%n%s", command[0], result.output()).isZero();
		return result.output();
	}

	private static ProcessResult start(Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(prepend("bash", command)).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
		return new ProcessResult(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	private static String[] prepend(String first, String... rest) {
		String[] all = new String[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	private static String lastLine(String output) {
		List<String> lines = output.strip().lines().toList();
		return lines.get(lines.size() - 1);
	}

	/**
	 * {@code PG_BIN}, else the newest client under {@code /usr/lib/postgresql/}.
	 */
	private static Path clientBinaries() throws IOException {
		String configured = System.getenv("PG_BIN");
		Path directory;
		if (configured != null && !configured.isBlank()) {
			directory = Path.of(configured);
		}
		else {
			try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
				directory = versions.map((version) -> version.resolve("bin"))
					.filter((bin) -> Files.isExecutable(bin.resolve("pg_dump")))
					.max(Comparator.comparingInt((bin) -> Integer.parseInt(bin.getParent().getFileName().toString())))
					.orElse(Path.of("/usr/bin"));
			}
		}
		assertThat(directory.resolve("pg_dump"))
			.as("the PostgreSQL client (Debian package postgresql-client) in %s", directory)
			.isExecutable();
		return directory;
	}

	private static int clientMajorVersion(Path client) throws IOException, InterruptedException {
		ProcessResult version = start(Map.of(), "-c", "\"$0\" --version", client.resolve("pg_dump").toString());
		Matcher matcher = MAJOR.matcher(version.output());
		assertThat(matcher.find()).as(version.output()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static int majorVersion(Statement statement) throws SQLException {
		try (ResultSet result = statement.executeQuery("select current_setting('server_version_num')::int / 10000")) {
			result.next();
			return result.getInt(1);
		}
	}

	/**
	 * A server of the client's major version: the application's own embedded PostgreSQL
	 * 17 for a client 17 or newer, else the PostgreSQL 15 binaries the build copied.
	 */
	private static EmbeddedPostgres startServer(int clientMajorVersion, Path data) throws IOException {
		Files.createDirectories(data);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true);
		if (clientMajorVersion < APPLICATION_SERVER_MAJOR_VERSION) {
			byte[] archive = copiedServerBinaries();
			builder.setPgBinaryResolver((system, hardware) -> new ByteArrayInputStream(archive));
		}
		return builder.start();
	}

	private static byte[] copiedServerBinaries() throws IOException {
		Path jar = Path.of(System.getProperty("backupTest.serverBinaries", "target/backup-test-postgres"))
			.resolve("postgres-binaries.jar");
		assertThat(jar).as("copied by the build (mvn generate-test-resources)").isRegularFile();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			ZipEntry entry = zip.getEntry("postgres-linux-x86_64.txz");
			try (InputStream in = zip.getInputStream(entry)) {
				return in.readAllBytes();
			}
		}
	}

	private record ProcessResult(int exitCode, String output) {
	}

}
