package org.deputyaction.organization.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.HandlingUnitRepository;
import org.deputyaction.organization.TownshipRepository;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.organization.VenueRepository;
import org.deputyaction.support.IntegrationTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test runs in a transaction that is rolled back, so that imports leave no trace.
 */
@IntegrationTest
@Transactional
class OrganizationImporterTests {

	private static final String GOOD = """
			kind,code,name,parent_code,level,group_code,short_name,address,phone
			PREFECTURE,IT,测试州,,,,,,
			COUNTY,IT-A,甲县,IT,,,甲,,
			TOWNSHIP,IT-A-B,乙镇,IT-A,,,,,
			HOME,IT-A-B-H,乙镇人大代表之家,IT-A-B,,,,乙镇人民政府院内,
			STATION,IT-A-B-01,丙村代表联络站,IT-A-B-H,,,,乙镇丙村村委会,
			GROUP,IT-A-B-01-G,乙镇第一代表小组,IT-A-B-01,,,,,
			DEPUTY,IT-A-B-01-D1,向红,IT-A-B-01,乡,IT-A-B-01-G,,,13900000001
			UNIT,U-IT-A-JT,甲县交通运输局,IT-A,,,,,
			UNIT,U-IT-A-JT-GL,甲县公路事业发展中心,U-IT-A-JT,,,,,
			""";

	@Autowired
	OrganizationImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	VenueRepository venues;

	@Autowired
	TownshipRepository townships;

	@Autowired
	DeputyRepository deputies;

	@Autowired
	HandlingUnitRepository units;

	@Test
	void goodCsvFileIsWrittenAndCountedPerKind() {
		ImportReport report = this.importer.importFile("org.csv", GOOD.getBytes(StandardCharsets.UTF_8), "tester");
		assertThat(report.hasProblems()).isFalse();
		assertThat(report.written()).isTrue();
		assertThat(report.rows()).isEqualTo(9);
		assertThat(createdPerKind(report)).containsEntry(ImportKind.PREFECTURE, 1)
			.containsEntry(ImportKind.UNIT, 2)
			.containsEntry(ImportKind.DEPUTY, 1);
		Venue station = this.venues.findByCodeAndKind("IT-A-B-01", VenueKind.LIAISON_STATION).orElseThrow();
		assertThat(station.getHome().getCode()).isEqualTo("IT-A-B-H");
		assertThat(station.getTownship().getCode()).isEqualTo("IT-A-B");
		assertThat(station.getCounty().getShortName()).isEqualTo("甲");
		assertThat(station.getAddress()).isEqualTo("乙镇丙村村委会");
		var deputy = this.deputies.findByCode("IT-A-B-01-D1").orElseThrow();
		assertThat(deputy.getLevel()).isEqualTo(AdministrativeLevel.TOWNSHIP);
		assertThat(deputy.getGroup().getCode()).isEqualTo("IT-A-B-01-G");
		assertThat(deputy.getCounty().getCode()).isEqualTo("IT-A");
		assertThat(deputy.getPhone()).isEqualTo("13900000001");
		var road = this.units.findByCode("U-IT-A-JT-GL").orElseThrow();
		assertThat(road.getParent().getCode()).isEqualTo("U-IT-A-JT");
		assertThat(road.getLevel()).isEqualTo(AdministrativeLevel.COUNTY);
		assertThat(road.getCounty().getCode()).isEqualTo("IT-A");
		assertThat(count("select count(*) from organization_import where imported_by = 'tester'")).isEqualTo(1);
	}

	@Test
	void goodXlsxFileIsWritten() throws IOException {
		ImportReport report = this.importer.importFile("org.xlsx", xlsx(GOOD), "tester");
		assertThat(report.hasProblems()).isFalse();
		assertThat(report.created()).isEqualTo(9);
		assertThat(this.venues.findByCode("IT-A-B-H")).isPresent();
	}

	@Test
	void fileWithOneBadRowWritesNothingAndNamesRowAndColumn() {
		String bad = GOOD.replace("DEPUTY,IT-A-B-01-D1,向红,IT-A-B-01,乡", "DEPUTY,IT-A-B-01-D1,向红,IT-A-B-99,乡");
		ImportReport report = this.importer.importFile("org.csv", bad.getBytes(StandardCharsets.UTF_8), "tester");
		assertThat(report.hasProblems()).isTrue();
		assertThat(report.written()).isFalse();
		assertThat(report.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(8);
			assertThat(problem.column()).isEqualTo(ImportColumn.PARENT_CODE);
			assertThat(problem.messageKey()).isEqualTo("importer.error.notFound");
		});
		assertThat(count("select count(*) from prefecture where code = 'IT'")).isZero();
		assertThat(count("select count(*) from venue where code like 'IT-%'")).isZero();
		assertThat(count("select count(*) from organization_import where imported_by = 'tester'")).isZero();
	}

	@Test
	void storedCodeIsUpdatedRatherThanDuplicated() {
		this.importer.importFile("org.csv", GOOD.getBytes(StandardCharsets.UTF_8), "tester");
		String renamed = """
				类型,编码,名称,上级编码
				乡镇,IT-A-B,乙镇(更名),IT-A
				联络站,IT-A-B-01,丙村代表联络站,IT-A-B
				""";
		ImportReport report = this.importer.importFile("org.csv", renamed.getBytes(StandardCharsets.UTF_8), "tester");
		assertThat(report.hasProblems()).isFalse();
		assertThat(report.created()).isZero();
		assertThat(report.updated()).isEqualTo(2);
		assertThat(this.townships.findByCode("IT-A-B").orElseThrow().getName()).isEqualTo("乙镇(更名)");
		Venue station = this.venues.findByCodeAndKind("IT-A-B-01", VenueKind.LIAISON_STATION).orElseThrow();
		assertThat(station.getHome()).isNull();
		assertThat(station.getAddress()).as("address column absent: kept").isEqualTo("乙镇丙村村委会");
		assertThat(count("select count(*) from township where code = 'IT-A-B'")).isEqualTo(1);
		ImportReport again = this.importer.importFile("org.csv", renamed.getBytes(StandardCharsets.UTF_8), "tester");
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(again.updated()).isZero();
	}

	@Test
	void movingATownshipToAnotherCountyMovesWhatLiesBelowIt() {
		String file = GOOD + "COUNTY,IT-C,丁县,IT,,,丁,,\n";
		this.importer.importFile("org.csv", file.getBytes(StandardCharsets.UTF_8), "tester");
		String move = "kind,code,name,parent_code\nTOWNSHIP,IT-A-B,乙镇,IT-C\n";
		ImportReport report = this.importer.importFile("move.csv", move.getBytes(StandardCharsets.UTF_8), "tester");
		assertThat(report.updated()).isEqualTo(1);
		assertThat(countyOf("venue", "IT-A-B-01")).isEqualTo(countyOf("county", "IT-C"));
		assertThat(countyOf("deputy_group", "IT-A-B-01-G")).isEqualTo(countyOf("county", "IT-C"));
		assertThat(countyOf("deputy", "IT-A-B-01-D1")).isEqualTo(countyOf("county", "IT-C"));
	}

	@Test
	void rowsMayReferToTheDemoData() {
		String file = """
				kind,code,name,parent_code,level
				STATION,IT-JN-99,测试村代表联络站,ES-LC-JN-H,
				DEPUTY,IT-JN-99-D1,谭明,IT-JN-99,COUNTY
				""";
		ImportReport report = this.importer.importFile("org.csv", file.getBytes(StandardCharsets.UTF_8), "tester");
		assertThat(report.hasProblems()).isFalse();
		Venue station = this.venues.findByCodeAndKind("IT-JN-99", VenueKind.LIAISON_STATION).orElseThrow();
		assertThat(station.getTownship().getCode()).isEqualTo("ES-LC-JN");
		assertThat(station.getCounty().getCode()).isEqualTo("ES-LC");
	}

	@Test
	void demoFileHoldsTheSeedsFiguresAndIsAlreadyLoadedUnchanged() throws IOException {
		byte[] demo;
		try (InputStream in = new ClassPathResource("demo/organization.csv").getInputStream()) {
			demo = in.readAllBytes();
		}
		ImportReport report = this.importer.check("organization.csv", demo);
		assertThat(report.hasProblems()).isFalse();
		Map<ImportKind, Integer> totals = report.counts()
			.stream()
			.collect(Collectors.toMap(ImportCounts::kind, ImportCounts::total));
		assertThat(totals).containsEntry(ImportKind.PREFECTURE, 1)
			.containsEntry(ImportKind.COUNTY, 8)
			.containsEntry(ImportKind.TOWNSHIP, 89)
			.containsEntry(ImportKind.HOME, 92)
			.containsEntry(ImportKind.STATION, 495)
			.containsEntry(ImportKind.GROUP, 495);
		assertThat(report.unchanged()).isEqualTo(report.rows());
	}

	@Test
	void emptyAndForeignFilesAreReportedWithoutWriting() {
		assertThat(this.importer.importFile("org.csv", new byte[0], "tester").problems())
			.extracting(ImportProblem::messageKey)
			.containsExactly("importer.error.emptyFile");
		assertThat(
				this.importer.importFile("photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "tester").problems())
			.extracting(ImportProblem::messageKey)
			.containsExactly("importer.error.notSpreadsheet");
	}

	private Map<ImportKind, Integer> createdPerKind(ImportReport report) {
		return report.counts().stream().collect(Collectors.toMap(ImportCounts::kind, ImportCounts::created));
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	private Long countyOf(String table, String code) {
		String column = table.equals("county") ? "id" : "county_id";
		return this.jdbc.queryForObject("select " + column + " from " + table + " where code = ?", Long.class, code);
	}

	static byte[] xlsx(String csv) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("sheet");
		List<String> lines = csv.lines().toList();
		for (int r = 0; r < lines.size(); r++) {
			String[] cells = lines.get(r).split(",", -1);
			for (int c = 0; c < cells.length; c++) {
				if (!cells[c].isEmpty()) {
					sheet.value(r, c, cells[c]);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

}
