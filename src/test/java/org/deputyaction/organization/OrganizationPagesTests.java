package org.deputyaction.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.CurrentUsers;
import org.deputyaction.account.Role;
import org.deputyaction.account.UserAccount;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganizationPagesTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	PrefectureRepository prefectures;

	@Autowired
	CountyRepository counties;

	@Autowired
	TownshipRepository townships;

	@Autowired
	VenueRepository venues;

	@Autowired
	DeputyRepository deputies;

	@Autowired
	HandlingUnitRepository units;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	String prefix;

	County county;

	County otherCounty;

	Township township;

	Township otherTownship;

	Venue otherVenue;

	@BeforeEach
	void createOrganisation() {
		this.prefix = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT)
				+ SEQUENCE.incrementAndGet();
		Prefecture prefecture = this.prefectures.save(new Prefecture(code("P"), "测试州"));
		this.county = this.counties.save(new County(code("C"), "测试县", "测试", prefecture));
		this.otherCounty = this.counties.save(new County(code("D"), "另一县", "另一", prefecture));
		this.township = this.townships.save(new Township(code("C-T"), "龙船镇", this.county));
		this.otherTownship = this.townships.save(new Township(code("D-T"), "别的镇", this.otherCounty));
		this.otherVenue = this.venues
			.save(new Venue(code("D-S"), VenueKind.LIAISON_STATION, "别县联络站", this.otherTownship));
	}

	@Test
	void adminCreatesAStationAndSeesItInTheListWithItsChangeLog() throws Exception {
		String code = code("C-S1");
		this.mvc
			.perform(post("/organization/venues/new").with(as(admin()))
				.with(csrf())
				.param("code", code.toLowerCase(Locale.ROOT))
				.param("kind", "LIAISON_STATION")
				.param("name", "龙船村代表联络站")
				.param("townshipCode", this.township.getCode())
				.param("address", "龙船村委会"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/organization/venues/" + code + "/edit"));

		Venue venue = this.venues.findByCode(code).orElseThrow();
		assertThat(venue.getName()).isEqualTo("龙船村代表联络站");
		assertThat(venue.isActive()).isTrue();
		this.mvc.perform(
				get("/organization/venues").with(as(admin())).param("county", this.county.getCode()).param("q", "龙船"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
		this.mvc.perform(get("/organization/venues/" + code + "/edit").with(as(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新建")))
			.andExpect(content().string(containsString("admin-" + this.prefix)));
	}

	@Test
	void editingRecordsWhoChangedWhat() throws Exception {
		Venue venue = station("C-S2", "旧名称");
		this.mvc
			.perform(post("/organization/venues/" + venue.getCode() + "/edit").with(as(admin()))
				.with(csrf())
				.param("version", String.valueOf(venue.getVersion()))
				.param("kind", "LIAISON_STATION")
				.param("name", "新名称")
				.param("townshipCode", this.township.getCode()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.venues.findByCode(venue.getCode()).orElseThrow().getName()).isEqualTo("新名称");
		String details = this.jdbc.sql(
				"select username || ' ' || action || ' ' || details from change_log where entity_type = 'venue' and code = ?")
			.param(venue.getCode())
			.query(String.class)
			.single();
		assertThat(details).isEqualTo("admin-" + this.prefix + " UPDATED name: \"旧名称\" → \"新名称\"");
	}

	@Test
	void deactivatedVenuesLeaveTheActiveListAndCanBeReactivated() throws Exception {
		Venue venue = station("C-S3", "待停用联络站");
		this.mvc
			.perform(post("/organization/venues/" + venue.getCode() + "/deactivate").with(as(admin()))
				.with(csrf())
				.param("version", String.valueOf(venue.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.venues.findByCode(venue.getCode()).orElseThrow().isActive()).isFalse();
		this.mvc.perform(get("/organization/venues").with(as(admin())).param("county", this.county.getCode()))
			.andExpect(content().string(not(containsString(venue.getCode()))));
		this.mvc
			.perform(get("/organization/venues").with(as(admin()))
				.param("county", this.county.getCode())
				.param("status", "inactive"))
			.andExpect(content().string(containsString(venue.getCode())));

		long version = this.venues.findByCode(venue.getCode()).orElseThrow().getVersion();
		this.mvc
			.perform(post("/organization/venues/" + venue.getCode() + "/reactivate").with(as(admin()))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.venues.findByCode(venue.getCode()).orElseThrow().isActive()).isTrue();
		assertThat(this.jdbc.sql("select action from change_log where code = ? order by id")
			.param(venue.getCode())
			.query(String.class)
			.list()).containsExactly("DEACTIVATED", "REACTIVATED");
	}

	@Test
	void thereIsNoDeleteEndpoint() throws Exception {
		Venue venue = station("C-S4", "不可删除");
		this.mvc.perform(post("/organization/venues/" + venue.getCode() + "/delete").with(as(admin())).with(csrf()))
			.andExpect(status().is4xxClientError());
		assertThat(this.venues.findByCode(venue.getCode())).isPresent();
	}

	@Test
	void invalidInputShowsMessagesNextToTheFieldsInChineseAndEnglish() throws Exception {
		this.mvc
			.perform(post("/organization/venues/new").with(as(admin()))
				.with(csrf())
				.param("code", "ES LC/01")
				.param("kind", "LIAISON_STATION")
				.param("name", "")
				.param("townshipCode", this.township.getCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("编码只能由大写字母、数字和短横线组成")))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("必填。")));
		this.mvc
			.perform(post("/organization/venues/new").with(as(admin()))
				.with(csrf())
				.param("lang", "en")
				.param("code", "ES LC/01")
				.param("kind", "LIAISON_STATION")
				.param("name", "x".repeat(151))
				.param("townshipCode", this.township.getCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use uppercase letters, digits and dashes only")))
			.andExpect(content().string(containsString("At most 150 characters.")));
		assertThat(this.venues.findByCode("ES LC/01")).isEmpty();
	}

	@Test
	void aCodeInUseIsRefused() throws Exception {
		Venue venue = station("C-S5", "已有联络站");
		this.mvc
			.perform(post("/organization/venues/new").with(as(admin()))
				.with(csrf())
				.param("code", venue.getCode())
				.param("kind", "DEPUTY_HOME")
				.param("name", "重复编码")
				.param("townshipCode", this.township.getCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该编码已被使用")));
		assertThat(this.venues.findByCode(venue.getCode()).orElseThrow().getName()).isEqualTo("已有联络站");
	}

	@Test
	void aStaleVersionShowsTheConflictAndKeepsTheInput() throws Exception {
		Venue venue = station("C-S6", "原名称");
		long openedAt = venue.getVersion();
		venue.setName("别人改的名称");
		this.venues.save(venue);

		this.mvc
			.perform(post("/organization/venues/" + venue.getCode() + "/edit").with(as(admin()))
				.with(csrf())
				.param("version", String.valueOf(openedAt))
				.param("kind", "LIAISON_STATION")
				.param("name", "我输入的名称")
				.param("townshipCode", this.township.getCode())
				.param("address", "我输入的地址"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他用户已修改并保存了这条记录")))
			.andExpect(content().string(containsString("value=\"我输入的名称\"")))
			.andExpect(content().string(containsString("value=\"我输入的地址\"")))
			.andExpect(content().string(containsString("别人改的名称")));
		assertThat(this.venues.findByCode(venue.getCode()).orElseThrow().getName()).isEqualTo("别人改的名称");
	}

	@Test
	void countyStaffGetNotFoundForAnotherCountysVenue() throws Exception {
		String other = this.otherVenue.getCode();
		this.mvc.perform(get("/organization/venues/" + other + "/edit").with(as(countyStaff())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/organization/venues/" + other + "/edit").with(as(countyStaff()))
				.with(csrf())
				.param("version", "0")
				.param("kind", "LIAISON_STATION")
				.param("name", "改别县的")
				.param("townshipCode", this.township.getCode()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/organization/venues/" + other + "/deactivate").with(as(countyStaff()))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/organization/venues").with(as(countyStaff())).param("county", this.otherCounty.getCode()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/organization/venues").with(as(countyStaff())).param("status", "all"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(other))));
		this.mvc
			.perform(post("/organization/venues/new").with(as(countyStaff()))
				.with(csrf())
				.param("code", code("D-S9"))
				.param("kind", "LIAISON_STATION")
				.param("name", "建到别县")
				.param("townshipCode", this.otherTownship.getCode()))
			.andExpect(status().isNotFound());
		Venue unchanged = this.venues.findByCode(other).orElseThrow();
		assertThat(unchanged.getName()).isEqualTo("别县联络站");
		assertThat(unchanged.isActive()).isTrue();
	}

	@Test
	void countyStaffEditTheirOwnCountysVenues() throws Exception {
		Venue venue = station("C-S7", "本县联络站");
		this.mvc.perform(get("/organization/venues").with(as(countyStaff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(venue.getCode())));
		this.mvc
			.perform(post("/organization/venues/" + venue.getCode() + "/edit").with(as(countyStaff()))
				.with(csrf())
				.param("version", String.valueOf(venue.getVersion()))
				.param("kind", "LIAISON_STATION")
				.param("name", "本县联络站(新)")
				.param("townshipCode", this.township.getCode()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.venues.findByCode(venue.getCode()).orElseThrow().getName()).isEqualTo("本县联络站(新)");
	}

	@Test
	void countyStaffReadPrefectureUnitsButCannotChangeThem() throws Exception {
		HandlingUnit unit = this.units.save(new HandlingUnit(code("U"), "州交通运输局", AdministrativeLevel.PREFECTURE));
		this.mvc.perform(get("/organization/units").with(as(countyStaff())).param("q", unit.getCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(unit.getCode())));
		this.mvc.perform(get("/organization/units/" + unit.getCode() + "/edit").with(as(countyStaff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无权修改")));
		this.mvc
			.perform(post("/organization/units/" + unit.getCode() + "/edit").with(as(countyStaff()))
				.with(csrf())
				.param("version", String.valueOf(unit.getVersion()))
				.param("name", "改名")
				.param("level", "PREFECTURE"))
			.andExpect(status().isForbidden());
		assertThat(this.units.findByCode(unit.getCode()).orElseThrow().getName()).isEqualTo("州交通运输局");
	}

	@Test
	void countyStaffCannotEditCounties() throws Exception {
		this.mvc
			.perform(post("/organization/counties/" + this.county.getCode() + "/edit").with(as(countyStaff()))
				.with(csrf())
				.param("version", "0")
				.param("name", "改名")
				.param("shortName", "改"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/organization/counties/" + this.otherCounty.getCode() + "/edit").with(as(countyStaff())))
			.andExpect(status().isNotFound());
	}

	@Test
	void deputiesAndUnitsAreForbidden() throws Exception {
		UserAccount deputy = new UserAccount("deputy-" + this.prefix, "x", "代表", Role.DEPUTY);
		deputy.setVenueId(this.otherVenue.getId());
		UserAccount unit = new UserAccount("unit-" + this.prefix, "x", "单位", Role.HANDLING_UNIT);
		for (CurrentUser user : List.of(CurrentUsers.of(deputy), CurrentUsers.of(unit))) {
			this.mvc.perform(get("/organization").with(as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/organization/venues").with(as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/organization/venues/" + this.otherVenue.getCode() + "/edit").with(as(user)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/organization/venues/" + this.otherVenue.getCode() + "/deactivate").with(as(user))
					.with(csrf())
					.param("version", "0"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void phoneNumbersShowOnTheEditFormOnly() throws Exception {
		Venue venue = station("C-S8", "电话测试站");
		Deputy deputy = new Deputy(code("C-R1"), "张代表", AdministrativeLevel.COUNTY, venue);
		deputy.setPhone("13800001234");
		this.deputies.save(deputy);
		this.mvc.perform(get("/organization/deputies").with(as(countyStaff())).param("q", deputy.getCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("张代表")))
			.andExpect(content().string(not(containsString("13800001234"))));
		this.mvc.perform(get("/organization/deputies/" + deputy.getCode() + "/edit").with(as(countyStaff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13800001234")));
	}

	@Test
	void theIndexCountsWhatTheUserSees() throws Exception {
		station("C-S9", "计数站");
		this.mvc.perform(get("/organization").with(as(countyStaff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"count-stations\">1<")))
			.andExpect(content().string(containsString("data-testid=\"count-counties\">1<")));
	}

	@Test
	void aListPageCostsTheSameStatementsWithFiveAndWithSixtyRows() throws Exception {
		addStations(5);
		long withFive = statementsOf(get("/organization/venues").param("county", this.county.getCode()));
		addStations(55);
		long withSixty = statementsOf(get("/organization/venues").param("county", this.county.getCode()));
		assertThat(withSixty).isEqualTo(withFive);
		assertThat(withFive).isLessThanOrEqualTo(6);

		long deputiesWithFew = statementsOf(get("/organization/deputies").param("county", this.county.getCode()));
		for (Venue venue : this.venues.findByCountyIdAndActiveTrueOrderByIdAsc(this.county.getId()).subList(0, 55)) {
			this.deputies
				.save(new Deputy(code("R" + venue.getId()), "代表" + venue.getId(), AdministrativeLevel.TOWNSHIP, venue));
		}
		long deputiesWithMany = statementsOf(get("/organization/deputies").param("county", this.county.getCode()));
		assertThat(deputiesWithMany).isEqualTo(deputiesWithFew);
	}

	@Test
	void everyListAndFormRendersForTheAdministrator() throws Exception {
		Venue venue = station("C-S10", "渲染测试站");
		Deputy deputy = this.deputies.save(new Deputy(code("C-R2"), "李代表", AdministrativeLevel.TOWNSHIP, venue));
		HandlingUnit unit = new HandlingUnit(code("C-U"), "测试县交通局", AdministrativeLevel.COUNTY);
		unit.setCounty(this.county);
		this.units.save(unit);
		for (String list : List.of("counties", "townships", "venues", "groups", "deputies", "units")) {
			this.mvc.perform(get("/organization/" + list).with(as(admin())).param("county", this.county.getCode()))
				.andExpect(status().isOk());
			this.mvc.perform(get("/organization/" + list + "/new").with(as(admin()))).andExpect(status().isOk());
		}
		for (String edit : List.of("counties/" + this.county.getCode(), "townships/" + this.township.getCode(),
				"venues/" + venue.getCode(), "deputies/" + deputy.getCode(), "units/" + unit.getCode())) {
			this.mvc.perform(get("/organization/" + edit + "/edit").with(as(admin()))).andExpect(status().isOk());
		}
	}

	@Test
	void staffCreateAGroupAndADeputyOfIt() throws Exception {
		Venue venue = station("C-S11", "小组测试站");
		String group = code("C-G1");
		this.mvc
			.perform(post("/organization/groups/new").with(as(countyStaff()))
				.with(csrf())
				.param("code", group)
				.param("name", "第一代表小组")
				.param("venueCode", venue.getCode()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/organization/groups/" + group + "/edit").with(as(countyStaff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第一代表小组")));
		String deputy = code("C-R3");
		this.mvc
			.perform(post("/organization/deputies/new").with(as(countyStaff()))
				.with(csrf())
				.param("code", deputy)
				.param("name", "王代表")
				.param("level", "COUNTY")
				.param("venueCode", venue.getCode())
				.param("groupCode", group)
				.param("phone", "13900001111"))
			.andExpect(status().is3xxRedirection());
		Deputy saved = this.deputies.findByCode(deputy).orElseThrow();
		assertThat(saved.getPhone()).isEqualTo("13900001111");
		assertThat(this.jdbc.sql("select details from change_log where entity_type = 'deputy' and code = ?")
			.param(deputy)
			.query(String.class)
			.single()).doesNotContain("13900001111");
	}

	private long statementsOf(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.reset();
		this.mvc.perform(request.with(as(admin()))).andExpect(status().isOk());
		return this.statements.count();
	}

	private void addStations(int count) {
		List<Venue> stations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			stations.add(new Venue(code("C-N" + SEQUENCE.incrementAndGet()), VenueKind.LIAISON_STATION, "站" + i,
					this.township));
		}
		this.venues.saveAll(stations);
	}

	private Venue station(String suffix, String name) {
		return this.venues.save(new Venue(code(suffix), VenueKind.LIAISON_STATION, name, this.township));
	}

	private String code(String suffix) {
		return this.prefix + "-" + suffix;
	}

	private CurrentUser admin() {
		return CurrentUsers.of(new UserAccount("admin-" + this.prefix, "x", "管理员", Role.ADMIN));
	}

	private CurrentUser countyStaff() {
		UserAccount account = new UserAccount("staff-" + this.prefix, "x", "县工作人员", Role.COUNTY_STAFF);
		account.setCountyId(this.county.getId());
		return CurrentUsers.of(account);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(CurrentUser user) {
		return user(user);
	}

}
