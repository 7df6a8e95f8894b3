package org.deputyaction.suggestion.register;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every wrong line of a register is reported with its row, column and a message in the
 * reader's language, and nothing at all is written while any line is wrong; county staff
 * import only their own county.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class RegisterErrorTests {

	private static final String HEADER = "台账编号,县市,联络站,问题标题,发现日期,状态,处理说明,合并至,提出日期,领衔代表,交办日期,主办单位,办理期限,答复日期,答复类别,办结日期,办理工作满意度\n";

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganizationFixture org;

	@Autowired
	RegisterImportService registers;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "csv", "xlsx" })
	void everyWrongLineIsListedAndNothingIsWritten(String format) {
		RegisterFixture f = new RegisterFixture(this.context);
		this.org.venue(f.township, VenueKind.LIAISON_STATION, "重名联络站");
		this.org.venue(f.otherTownship, VenueKind.LIAISON_STATION, "重名联络站");
		String csv = f.fill(HEADER //
				+ "E01,{C},{S1},好的一行,2025-01-05,已办结,,,2025-01-10,张台账,2025-01-15,{U1},2025-04-15,2025-03-01,A,2025-03-10,满意\n"
				+ "E02,{C},{S1},坏日期,2025-13-45,待处理,,,,,,,,,,,\n"
				+ "E03,{C},{S1},顺序颠倒,2025-03-05,已交办,,,2025-03-10,张台账,2025-03-01,{U1},,,,,\n"
				+ "E04,{C},不存在的站,未知站点,2025-03-05,待处理,,,,,,,,,,,\n" + "E05,{C},重名联络站,重名站点,2025-03-05,待处理,,,,,,,,,,,\n"
				+ "E06,{C},{S1},未知单位,2025-03-05,已交办,,,2025-03-06,张台账,2025-03-07,不存在的局,,,,,\n"
				+ "E07,{C},{S1},未知代表,2025-03-05,已提出建议,,,2025-03-06,查无此人,,,,,,,\n"
				+ "E08,{C},{S1},不满意却办结,2025-01-05,已办结,,,2025-01-10,张台账,2025-01-15,{U1},,2025-03-01,A,2025-03-10,不满意\n"
				+ "E09,{C},{S1},合并缺目标,2025-03-05,已合并,重复,,,,,,,,,,\n" + "E10,{C},{S1},状态不明,2025-03-05,研究中,,,,,,,,,,,\n"
				+ "E11,{C},{S1},期限早于交办,2025-03-05,已交办,,,2025-03-06,张台账,2025-03-07,{U1},2025-03-01,,,,\n"
				+ "E12,{C},{S1},待处理却有答复,2025-03-05,待处理,,,,,,,,2025-03-09,A,,\n"
				+ "E01,{C},{S1},重复编号,2025-03-05,待处理,,,,,,,,,,,\n");
		byte[] content = "csv".equals(format) ? csv.getBytes(StandardCharsets.UTF_8) : RegisterFixture.xlsx(csv, false);
		RegisterReport report = this.registers.importFile("errors." + format, content, f.office);

		assertThat(report.written()).isFalse();
		assertThat(report.problems())
			.extracting(RegisterProblem::row, RegisterProblem::column, RegisterProblem::messageKey)
			.containsExactly(tuple(3, RegisterColumn.FOUND_ON, "register.error.badDate"),
					tuple(4, RegisterColumn.ASSIGNED_ON, "register.error.dateOrder"),
					tuple(5, RegisterColumn.STATION, "register.error.unknownStation"),
					tuple(6, RegisterColumn.STATION, "register.error.ambiguousStation"),
					tuple(7, RegisterColumn.LEAD_UNIT, "register.error.unknownUnit"),
					tuple(8, RegisterColumn.LEAD_DEPUTY, "register.error.unknownDeputy"),
					tuple(9, RegisterColumn.SATISFACTION, "register.error.closedUnsatisfied"),
					tuple(10, RegisterColumn.MERGED_INTO, "register.error.required"),
					tuple(11, RegisterColumn.STATUS, "register.error.unknownStatus"),
					tuple(12, RegisterColumn.DUE_ON, "register.error.dueNotAfterAssignment"),
					tuple(13, RegisterColumn.REPLIED_ON, "register.error.notForStatus"),
					tuple(13, RegisterColumn.RESULT_CLASS, "register.error.notForStatus"),
					tuple(14, RegisterColumn.REGISTER_NUMBER, "register.error.duplicateNumber"));
		assertThat(message(report, 6, Locale.SIMPLIFIED_CHINESE)).contains("重名联络站", "不止一个")
			.contains(f.county.getName(), "(");
		assertThat(message(report, 6, Locale.ENGLISH)).contains("More than one deputy home or liaison station");
		assertThat(message(report, 4, Locale.SIMPLIFIED_CHINESE)).contains("交办日期 2025-03-01", "提出日期 2025-03-10");
		assertThat(message(report, 4, Locale.ENGLISH))
			.contains("assigned_on 2025-03-01 is before proposed_on 2025-03-10");
		assertThat(message(report, 3, Locale.ENGLISH))
			.isEqualTo("\"2025-13-45\" is not a date; write it like 2025-03-05.");
		assertNothingWritten(f);
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedColumnByColumn() {
		RegisterFixture f = new RegisterFixture(this.context);
		String organisation = "kind,code,name,parent_code\nSTATION,X-1,Station,ES-LC-JN\n";
		RegisterReport report = this.registers.importFile("organisation.csv",
				organisation.getBytes(StandardCharsets.UTF_8), f.office);
		assertThat(report.problems()).extracting(RegisterProblem::row, RegisterProblem::column)
			.containsExactly(tuple(1, RegisterColumn.REGISTER_NUMBER), tuple(1, RegisterColumn.STATION),
					tuple(1, RegisterColumn.TITLE), tuple(1, RegisterColumn.STATUS));
		assertThat(message(report, 1, Locale.SIMPLIFIED_CHINESE)).contains("缺少必需的列", "台账编号", "register_number");
		assertThat(this.registers.importFile("empty.csv", new byte[0], f.office).problems())
			.extracting(RegisterProblem::messageKey)
			.containsExactly("register.error.emptyFile");
		assertThat(
				this.registers.importFile("header.csv", HEADER.getBytes(StandardCharsets.UTF_8), f.office).problems())
			.extracting(RegisterProblem::messageKey)
			.containsExactly("register.error.noRows");
		assertThat(this.registers
			.importFile("old.xls",
					new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
							(byte) 0xE1 },
					f.office)
			.problems()).extracting(RegisterProblem::messageKey).containsExactly("register.error.oldExcel");
		assertNothingWritten(f);
	}

	@Test
	void countyStaffCannotImportLinesOfAnotherCounty() {
		RegisterFixture f = new RegisterFixture(this.context);
		RegisterReport report = this.registers.importFile("neighbour.csv", f.csv(), f.otherStaff);
		assertThat(report.written()).isFalse();
		assertThat(report.problems()).hasSize(20)
			.allSatisfy((p) -> assertThat(p.messageKey()).isEqualTo("register.error.otherCounty"));
		assertThat(message(report, 2, Locale.ENGLISH)).contains("not in your county", f.county.getName());
		assertNothingWritten(f);

		// one line of the neighbour among the county's own lines spoils the whole file
		String mixed = f.csvText()
				+ f.fill("R99,," + f.otherCountyStation.getCode() + ",邻县问题,2025-03-01,待处理,,,,,,,,,,,,,\n");
		RegisterReport own = this.registers.importFile("mixed.csv", mixed.getBytes(StandardCharsets.UTF_8), f.staff);
		assertThat(own.problems()).extracting(RegisterProblem::row, RegisterProblem::messageKey)
			.containsExactly(tuple(22, "register.error.otherCounty"));
		assertNothingWritten(f);
		assertThat(this.registers.importFile("mixed.csv", mixed.getBytes(StandardCharsets.UTF_8), f.office).written())
			.isTrue();
	}

	@Test
	void deputiesUnitsAndAdministratorsMayNotImport() {
		RegisterFixture f = new RegisterFixture(this.context);
		UserAccountRepository accounts = this.context.getBean(UserAccountRepository.class);
		for (String name : List.of("deputy", "unit", "admin")) {
			CurrentUser user = CurrentUsers.of(accounts.findByUsernameIgnoreCase(name).orElseThrow());
			assertThatThrownBy(() -> this.registers.importFile("x.csv", f.csv(), user))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.registers.batches(user, 10)).isInstanceOf(AccessDeniedException.class);
		}
		assertNothingWritten(f);
	}

	private String message(RegisterReport report, int row, Locale locale) {
		return report.problems()
			.stream()
			.filter((p) -> p.row() == row)
			.findFirst()
			.map((p) -> this.messages.getMessage(p, locale))
			.orElseThrow();
	}

	private void assertNothingWritten(RegisterFixture f) {
		assertThat(this.jdbc.queryForObject("select count(*) from problem where county_id = ?", Long.class,
				f.county.getId()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from register_item where county_id = ?", Long.class,
				f.county.getId()))
			.isZero();
	}

}
