package org.deputyaction.suggestion.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.County;
import org.deputyaction.organization.HandlingUnit;
import org.deputyaction.organization.Township;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.support.OrganizationFixture;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.ApplicationContext;

/**
 * A fresh test county with two townships, three stations, two deputies and two units, the
 * accounts that import for it, and the known-answer register
 * ({@code register/known-answer.csv}) filled in with the county's codes and names, as CSV
 * or as an .xlsx with real date cells.
 */
public final class RegisterFixture {

	/** The figures the known-answer register must give for 2025 (see the file's rows). */
	public static final String CLOSURE_RATE = "53.8%";

	public static final String REPLY_RATE = "81.8%";

	public static final String ON_TIME_RATE = "54.5%";

	public static final String SATISFACTION_RATE = "100.0%";

	public static final String SOLVED_RATE = "55.6%";

	public final County county;

	public final County otherCounty;

	public final Township township;

	public final Township otherTownship;

	public final Venue station1;

	public final Venue station2;

	public final Venue station3;

	public final Venue otherCountyStation;

	public final HandlingUnit unit1;

	public final HandlingUnit unit2;

	public final CurrentUser office;

	public final CurrentUser staff;

	public final CurrentUser otherStaff;

	public RegisterFixture(ApplicationContext context) {
		OrganizationFixture org = context.getBeanProvider(OrganizationFixture.class)
			.getIfAvailable(() -> context.getAutowireCapableBeanFactory().createBean(OrganizationFixture.class));
		this.county = org.county("台账县");
		this.otherCounty = org.county("邻县");
		this.township = org.township(this.county, "台账甲镇");
		this.otherTownship = org.township(this.county, "台账乙镇");
		this.station1 = org.venue(this.township, VenueKind.LIAISON_STATION, "甲一联络站");
		this.station2 = org.venue(this.township, VenueKind.LIAISON_STATION, "甲二联络站");
		this.station3 = org.venue(this.otherTownship, VenueKind.DEPUTY_HOME, "乙镇代表之家");
		this.otherCountyStation = org.venue(org.township(this.otherCounty, "邻镇"), VenueKind.LIAISON_STATION, "邻一联络站");
		org.deputy(this.station1, "张台账");
		org.deputy(this.station2, "李台账");
		this.unit1 = org.unit(this.county, "台账交通局", AdministrativeLevel.COUNTY);
		this.unit2 = org.unit(this.county, "台账水利局", AdministrativeLevel.COUNTY);
		UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
		this.office = account(accounts, Role.PREFECTURE_OFFICE, null);
		this.staff = account(accounts, Role.COUNTY_STAFF, this.county.getId());
		this.otherStaff = account(accounts, Role.COUNTY_STAFF, this.otherCounty.getId());
	}

	private static CurrentUser account(UserAccountRepository accounts, Role role, Long countyId) {
		String name = OrganizationFixture.code("reg").toLowerCase();
		UserAccount account = new UserAccount(name, "{noop}x", name, role);
		account.setCountyId(countyId);
		return CurrentUsers.of(accounts.save(account));
	}

	/** The known-answer register as UTF-8 CSV text. */
	public String csvText() {
		return fill(resource("register/known-answer.csv"));
	}

	public byte[] csv() {
		return csvText().getBytes(StandardCharsets.UTF_8);
	}

	/** The same register as an .xlsx, dates as date cells, with English headers. */
	public byte[] xlsx() {
		return xlsx(csvText(), true);
	}

	/** Fills the county's codes and names into a register text. */
	public String fill(String text) {
		return text.replace("{C}", this.county.getCode())
			.replace("{S1NAME}", this.station1.getName())
			.replace("{S1}", this.station1.getCode())
			.replace("{S2NAME}", this.station2.getName())
			.replace("{S3}", this.station3.getCode())
			.replace("{U1}", this.unit1.getCode())
			.replace("{U2NAME}", this.unit2.getName());
	}

	/**
	 * A workbook of the CSV's cells; ISO dates become date cells, and with
	 * {@code englishHeader} the Chinese headers become English ones.
	 */
	public static byte[] xlsx(String csv, boolean englishHeader) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			List<String> lines = csv.lines().toList();
			for (int r = 0; r < lines.size(); r++) {
				String[] cells = lines.get(r).split(",", -1);
				for (int c = 0; c < cells.length; c++) {
					String cell = cells[c];
					if (r == 0 && englishHeader) {
						cell = RegisterVocabulary.get()
							.column(cell)
							.map(RegisterColumn::header)
							.orElse(cell.equals("\u5907\u6ce8") ? "remarks" : cell);
						sheet.value(r, c, cell);
					}
					else if (isDate(cell)) {
						sheet.value(r, c, LocalDate.parse(cell));
						sheet.style(r, c).format("yyyy-mm-dd").set();
					}
					else if (!cell.isEmpty()) {
						sheet.value(r, c, cell);
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static boolean isDate(String cell) {
		try {
			LocalDate.parse(cell);
			return true;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return false;
		}
	}

	static String resource(String path) {
		try (InputStream in = RegisterFixture.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The register text with one more column of remarks changed, so its hash differs. */
	public static String touched(String csv) {
		List<String> lines = new ArrayList<>(csv.lines().toList());
		lines.set(1, lines.get(1) + "-x");
		return String.join("\n", lines) + "\n";
	}

}
