package org.deputyaction.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.demo.loop.DemoLoopItems;
import org.deputyaction.demo.loop.RecentActivity;
import org.deputyaction.demo.reception.DemoReceptions;
import org.deputyaction.organization.CountyRepository;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.HandlingUnitRepository;
import org.deputyaction.organization.PrefectureRepository;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueRepository;
import org.deputyaction.organization.importer.ImportReport;
import org.deputyaction.organization.importer.OrganizationImporter;
import org.deputyaction.system.EmbeddedPostgresConfiguration.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo organisation of 恩施州 ({@code demo/organization.csv}) through the
 * organisation importer, one demo account per role and the demo items of the closed loop
 * ({@link DemoLoopItems}), when {@code deputyaction.demo.enabled} is true, the embedded
 * database is in use and no prefecture exists yet, so that a restart keeps what users
 * changed.
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

	static final String ORGANIZATION_FILE = "demo/organization.csv";

	static final String ACCOUNTS_FILE = "demo/accounts.csv";

	static final String PASSWORD = "demo-Enshi-2026";

	static final String IMPORTED_BY = "demo";

	/** The codes of the demo prefecture's own departments start so. */
	static final String PREFECTURE_UNIT_PREFIX = "U-Z-";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final boolean enabled;

	private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;

	private final OrganizationImporter importer;

	private final PrefectureRepository prefectures;

	private final CountyRepository counties;

	private final VenueRepository venues;

	private final DeputyRepository deputies;

	private final HandlingUnitRepository units;

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final DemoLoopItems loopItems;

	private final RecentActivity recentActivity;

	private final EntityManager entityManager;

	private final DemoReceptions receptions;

	DemoDataLoader(@Value("${deputyaction.demo.enabled:false}") boolean enabled,
			ObjectProvider<EmbeddedDatabase> embeddedDatabase, OrganizationImporter importer,
			PrefectureRepository prefectures, CountyRepository counties, VenueRepository venues,
			DeputyRepository deputies, HandlingUnitRepository units, UserAccountRepository accounts,
			PasswordEncoder passwordEncoder, TransactionTemplate transaction, MessageSource messages,
			DemoLoopItems loopItems, RecentActivity recentActivity, EntityManager entityManager,
			DemoReceptions receptions) {
		this.enabled = enabled;
		this.embeddedDatabase = embeddedDatabase;
		this.importer = importer;
		this.prefectures = prefectures;
		this.counties = counties;
		this.venues = venues;
		this.deputies = deputies;
		this.units = units;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.transaction = transaction;
		this.messages = messages;
		this.loopItems = loopItems;
		this.recentActivity = recentActivity;
		this.entityManager = entityManager;
		this.receptions = receptions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.embeddedDatabase.getIfAvailable() == null) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (this.prefectures.count() > 0) {
				return;
			}
			ImportReport report = this.importer.importFile(ORGANIZATION_FILE, read(ORGANIZATION_FILE), IMPORTED_BY);
			if (report.hasProblems()) {
				throw new IllegalStateException("The demo organisation does not import: " + describe(report));
			}
			createAccounts();
			this.entityManager.flush();
			long prefectureId = this.prefectures.findAll().get(0).getId();
			long started = System.nanoTime();
			long items = this.loopItems.load(prefectureId, PREFECTURE_UNIT_PREFIX);
			int sessions = this.receptions.load(DemoLoopItems.DEPUTY_VENUE);
			int events = this.recentActivity.publish(prefectureId);
			log.info(
					"Demo organisation loaded: {} rows; demo accounts created; {} rows of demo items in {} ms;"
							+ " {} events of their latest activity",
					report.rows(), items, (System.nanoTime() - started) / 1_000_000, events);
			log.info("Demo reception days and deputy actions: {}", sessions);
		});
	}

	private static byte[] read(String file) {
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String describe(ImportReport report) {
		return report.problems()
			.stream()
			.limit(5)
			.map((problem) -> "row " + problem.row() + ": " + this.messages.getMessage(problem, Locale.ENGLISH))
			.toList()
			.toString();
	}

	/**
	 * One account per role from {@code demo/accounts.csv}: user name, role, display name
	 * (a deputy's own name when empty), and the codes of the county, venue and unit the
	 * account is bound to. A deputy account is bound to the first deputy of its venue.
	 */
	private void createAccounts() {
		String hash = this.passwordEncoder.encode(PASSWORD);
		List<String> lines = new String(read(ACCOUNTS_FILE), StandardCharsets.UTF_8).lines().skip(1).toList();
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split(",", -1);
			String username = cells[0].strip();
			if (this.accounts.findByUsernameIgnoreCase(username).isPresent()) {
				continue;
			}
			Role role = Role.valueOf(cells[1].strip());
			String displayName = cells[2].strip();
			Long countyId = cells[3].isBlank() ? null
					: this.counties.findByCode(cells[3].strip()).orElseThrow().getId();
			Long venueId = null;
			Long deputyId = null;
			Long unitId = null;
			if (!cells[4].isBlank()) {
				Venue venue = this.venues.findByCode(cells[4].strip()).orElseThrow();
				venueId = venue.getId();
				if (role == Role.DEPUTY) {
					Deputy deputy = this.deputies.findByVenueIdAndActiveTrueOrderByIdAsc(venueId).get(0);
					deputyId = deputy.getId();
					displayName = displayName.isEmpty() ? deputy.getName() : displayName;
				}
			}
			if (!cells[5].isBlank()) {
				HandlingUnit unit = this.units.findByCode(cells[5].strip()).orElseThrow();
				unitId = unit.getId();
			}
			UserAccount account = new UserAccount(username, hash, displayName, role);
			account.setCountyId(countyId);
			account.setVenueId(venueId);
			account.setDeputyId(deputyId);
			account.setUnitId(unitId);
			this.accounts.save(account);
		}
	}

}
