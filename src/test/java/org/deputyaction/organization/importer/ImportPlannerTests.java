package org.deputyaction.organization.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.deputyaction.organization.AdministrativeLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ImportPlannerTests {

	private final Map<String, List<ImportNode>> stored = new HashMap<>();

	@Test
	void rowsMayReferToRowsLaterInTheFile() throws Exception {
		ImportPlanner.Plan plan = plan("""
				kind,code,name,parent_code,level,group_code,short_name
				DEPUTY,T-01-D1,向红,T-01,TOWNSHIP,T-01-G,
				GROUP,T-01-G,建南镇第一代表小组,T-01,,,
				STATION,T-01,建南社区代表联络站,T-H,,,
				HOME,T-H,建南镇人大代表之家,T-JN,,,
				TOWNSHIP,T-JN,建南镇,T-LC,,,
				COUNTY,T-LC,利川市,T,,,利川
				PREFECTURE,T,恩施州,,,,
				""");
		assertThat(plan.problems()).isEmpty();
		ImportNode deputy = node(plan, "T-01-D1");
		assertThat(deputy.parent.code).isEqualTo("T-01");
		assertThat(deputy.group.code).isEqualTo("T-01-G");
		assertThat(deputy.level).isEqualTo(AdministrativeLevel.TOWNSHIP);
		assertThat(node(plan, "T-01").parent.kind).isEqualTo(ImportKind.HOME);
		assertThat(plan.nodes()).allMatch(ImportNode::isNew);
	}

	@Test
	void chineseHeadersKindsAndLevelsAreAccepted() throws Exception {
		ImportPlanner.Plan plan = plan("""
				类型,编码,名称,上级编码,级别,代表小组编码,简称,地址,电话
				州,T,恩施州,,,,,,
				县市,T-LC,利川市,T,,,利川,,
				乡镇,T-JN,建南镇,T-LC,,,,,
				代表之家,T-H,建南镇人大代表之家,T-JN,,,,建南镇人民政府院内,
				代表,T-H-D1,谭明,T-H,县,,,,13900000000
				承办单位,U-T-JT,利川市交通运输局,T-LC,县,,,,
				""");
		assertThat(plan.problems()).isEmpty();
		assertThat(plan.nodes()).extracting((node) -> node.kind)
			.containsExactly(ImportKind.PREFECTURE, ImportKind.COUNTY, ImportKind.TOWNSHIP, ImportKind.HOME,
					ImportKind.DEPUTY, ImportKind.UNIT);
		assertThat(node(plan, "T-H-D1").level).isEqualTo(AdministrativeLevel.COUNTY);
		assertThat(node(plan, "T-H-D1").phone).isEqualTo("13900000000");
		assertThat(node(plan, "T-H").address).isEqualTo("建南镇人民政府院内");
		assertThat(node(plan, "T-LC").shortName).isEqualTo("利川");
	}

	@Test
	void unitsTakeTheirLevelFromTheirAreaAndMayNotLoop() throws Exception {
		ImportPlanner.Plan plan = plan("""
				kind,code,name,parent_code,level,short_name
				PREFECTURE,T,恩施州,,,
				COUNTY,T-LC,利川市,T,,利川
				UNIT,U-T-JT,利川市交通运输局,T-LC,,
				UNIT,U-T-JT-GL,利川市公路事业发展中心,U-T-JT,,
				UNIT,U-T-WRONG,州某局,T-LC,PREFECTURE,
				UNIT,U-A,甲,U-B,,
				UNIT,U-B,乙,U-A,,
				""");
		assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
			.containsExactly(tuple(6, "importer.error.levelMismatch"), tuple(7, "importer.error.cycle"),
					tuple(8, "importer.error.cycle"));
		assertThat(node(plan, "U-T-JT-GL").unitLevel()).isEqualTo(AdministrativeLevel.COUNTY);
	}

	@Test
	void badRowsAreReportedWithRowAndColumn() throws Exception {
		ImportPlanner.Plan plan = plan("""
				kind,code,name,parent_code,level
				PREFECTURE,T,恩施州,,
				COUNTY,T-LC,利川市,T,
				VILLAGE,T-X,某村,T,
				TOWNSHIP,T-JN,,T-LC,
				STATION,T-01,站,T-NOPE,
				DEPUTY,T-01-D1,向红,T-LC,
				DEPUTY,bad code,向红,T-01,TOWNSHIP
				TOWNSHIP,T-JN,建南镇,T-LC,
				""");
		assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(3, ImportColumn.SHORT_NAME, "importer.error.required"),
					tuple(4, ImportColumn.KIND, "importer.error.unknownKind"),
					tuple(5, ImportColumn.NAME, "importer.error.required"),
					tuple(6, ImportColumn.PARENT_CODE, "importer.error.notFound"),
					tuple(7, ImportColumn.PARENT_CODE, "importer.error.wrongKind"),
					tuple(7, ImportColumn.LEVEL, "importer.error.required"),
					tuple(8, ImportColumn.CODE, "importer.error.codeFormat"),
					tuple(9, ImportColumn.CODE, "importer.error.duplicateCode"));
		assertThat(plan.problems().get(7).arguments()).containsExactly("T-JN", 5);
	}

	@Test
	void storedCodesAreMatchedAndMayBeParents() throws Exception {
		store(ImportKind.COUNTY, "ES-LC", 7L, 7L, null, null);
		store(ImportKind.TOWNSHIP, "ES-LC-JN", 70L, 7L, 70L, null);
		ImportPlanner.Plan plan = plan("""
				kind,code,name,parent_code
				TOWNSHIP,ES-LC-JN,建南镇(新名),ES-LC
				STATION,ES-LC-JN-09,新站,ES-LC-JN
				""");
		assertThat(plan.problems()).isEmpty();
		assertThat(node(plan, "ES-LC-JN").isNew()).isFalse();
		assertThat(node(plan, "ES-LC-JN").id).isEqualTo(70L);
		ImportNode station = node(plan, "ES-LC-JN-09");
		station.id = 900L;
		assertThat(station.townshipId()).isEqualTo(70L);
		assertThat(station.countyId()).isEqualTo(7L);
	}

	@Test
	void aStoredCodeCannotChangeItsKind() throws Exception {
		store(ImportKind.STATION, "ES-LC-JN-01", 5L, 7L, 70L, null);
		store(ImportKind.TOWNSHIP, "ES-LC-JN", 70L, 7L, 70L, null);
		ImportPlanner.Plan plan = plan("""
				kind,code,name,parent_code
				HOME,ES-LC-JN-01,建南镇人大代表之家,ES-LC-JN
				""");
		assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(2, ImportColumn.CODE, "importer.error.codeUsedByOtherKind"));
	}

	@Test
	void missingRequiredColumnsAreReportedForTheWholeFile() throws Exception {
		ImportPlanner.Plan plan = plan("""
				编码,名称
				ES,恩施州
				""");
		assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
			.containsExactly(tuple(0, "importer.error.missingColumn"));
	}

	private ImportPlanner.Plan plan(String csv) throws ImportFileException {
		ImportTable table = new TableReader(1000).read("test.csv", csv.getBytes(StandardCharsets.UTF_8));
		return new ImportPlanner().plan(table, this::lookup);
	}

	private Map<String, List<ImportNode>> lookup(Set<String> codes) {
		Map<String, List<ImportNode>> found = new HashMap<>();
		codes.forEach((code) -> {
			if (this.stored.containsKey(code)) {
				found.put(code, this.stored.get(code));
			}
		});
		return found;
	}

	private void store(ImportKind kind, String code, long id, Long countyId, Long townshipId,
			AdministrativeLevel level) {
		ImportNode.Existing existing = new ImportNode.Existing(kind, id, countyId, townshipId, level, List.of());
		this.stored.computeIfAbsent(code, (key) -> new ArrayList<>()).add(ImportNode.existing(existing, code));
	}

	private static ImportNode node(ImportPlanner.Plan plan, String code) {
		return plan.nodes().stream().filter((node) -> node.code.equals(code)).findFirst().orElseThrow();
	}

}
