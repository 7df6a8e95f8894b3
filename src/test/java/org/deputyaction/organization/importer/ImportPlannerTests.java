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
	void badRowsAreReportedWithRowAndColumn() throws Exception {
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
