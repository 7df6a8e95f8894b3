package org.deputyaction.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.organization.internal.Rows.CountyRow;
import org.deputyaction.organization.internal.Rows.DeputyRow;
import org.deputyaction.organization.internal.Rows.GroupRow;
import org.deputyaction.organization.internal.Rows.TownshipRow;
import org.deputyaction.organization.internal.Rows.UnitRow;
import org.deputyaction.organization.internal.Rows.VenueRow;
import org.deputyaction.system.NotFoundException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff lists of the organisation, narrowed to what the user may see. A page costs
 * two statements whatever its size: the filter choices (counties, and the townships of
 * the chosen county), then the rows with the total in one query ordered by code, an
 * indexed column.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationLists {

	private final JdbcClient jdbc;

	private final OrganizationScope scope;

	OrganizationLists(JdbcClient jdbc, OrganizationScope scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	/**
	 * The number of active records of each kind the user sees, in one statement.
	 */
	public Map<String, Long> counts() {
		CurrentUser user = this.scope.staff();
		Long county = this.scope.countyScope(user);
		String own = (county != null) ? " and county_id = :county" : "";
		String ownCounty = (county != null) ? " and id = :county" : "";
		String units = (county != null) ? " and (county_id = :county or level = 'PREFECTURE')" : "";
		String sql = "select (select count(*) from county where active" + ownCounty + ") as counties,"
				+ " (select count(*) from township where active" + own + ") as townships,"
				+ " (select count(*) from venue where active and kind = 'DEPUTY_HOME'" + own + ") as homes,"
				+ " (select count(*) from venue where active and kind = 'LIAISON_STATION'" + own + ") as stations,"
				+ " (select count(*) from deputy_group where active" + own + ") as groups,"
				+ " (select count(*) from deputy where active" + own + ") as deputies,"
				+ " (select count(*) from handling_unit where active" + units + ") as units";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (county != null) {
			statement = statement.param("county", county);
		}
		return statement.query((rs, row) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (String name : List.of("counties", "townships", "homes", "stations", "groups", "deputies", "units")) {
				counts.put(name, rs.getLong(name));
			}
			return counts;
		}).single();
	}

	/**
	 * The choices of the county and township filters: the counties the user sees and the
	 * townships of the chosen county (or of the user's own). A county or township code
	 * the user may not see answers 404.
	 */
	public Choices choices(ListFilter filter) {
		CurrentUser user = this.scope.staff();
		Long county = this.scope.countyScope(user);
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder("select 'C' as type, c.code, c.name, null as grp from county c");
		if (county != null) {
			sql.append(" where c.id = :scope");
			params.put("scope", county);
		}
		if (filter.county() != null || county != null) {
			sql.append(
					" union all select 'T', t.code, t.name, c.code from township t join county c on c.id = t.county_id");
			if (filter.county() != null) {
				sql.append(" where c.code = :county");
				params.put("county", filter.county());
				if (county != null) {
					sql.append(" and c.id = :scope");
				}
			}
			else {
				sql.append(" where c.id = :scope");
			}
		}
		sql.append(" order by 1, 2");
		List<Option[]> rows = this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs,
					row) -> new Option[] { rs.getString("type").equals("C") ? option(rs) : null,
							rs.getString("type").equals("T") ? option(rs) : null })
			.list();
		List<Option> counties = new ArrayList<>();
		List<Option> townships = new ArrayList<>();
		for (Option[] row : rows) {
			if (row[0] != null) {
				counties.add(row[0]);
			}
			if (row[1] != null) {
				townships.add(row[1]);
			}
		}
		if (filter.county() != null && counties.stream().noneMatch((c) -> c.code().equals(filter.county()))) {
			throw new NotFoundException();
		}
		if (filter.township() != null && townships.stream().noneMatch((t) -> t.code().equals(filter.township()))) {
			throw new NotFoundException();
		}
		return new Choices(counties, townships);
	}

	public ListPage<CountyRow> counties(ListFilter filter) {
		CurrentUser user = this.scope.staff();
		Query query = new Query("""
				select c.code, c.name, c.short_name, p.name as prefecture_name, c.active,
				  (select count(*) from township t where t.county_id = c.id and t.active) as townships,
				  (select count(*) from venue v where v.county_id = c.id and v.active) as venues,
				  count(*) over () as total
				from county c join prefecture p on p.id = c.prefecture_id
				""");
		query.scope("c.id", this.scope.countyScope(user));
		query.search(filter, "c.name", "c.code");
		query.active(filter, "c.active");
		return query.page(filter, "c.code",
				(rs, row) -> new CountyRow(rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
						rs.getString("prefecture_name"), rs.getLong("townships"), rs.getLong("venues"),
						rs.getBoolean("active")));
	}

	public ListPage<TownshipRow> townships(ListFilter filter) {
		CurrentUser user = this.scope.staff();
		Query query = new Query("""
				select t.code, t.name, c.code as county_code, c.name as county_name, t.active,
				  (select count(*) from venue v where v.township_id = t.id and v.active) as venues,
				  count(*) over () as total
				from township t join county c on c.id = t.county_id
				""");
		query.scope("t.county_id", this.scope.countyScope(user));
		query.equal("c.code", "county", filter.county());
		query.search(filter, "t.name", "t.code");
		query.active(filter, "t.active");
		return query.page(filter, "t.code",
				(rs, row) -> new TownshipRow(rs.getString("code"), rs.getString("name"), rs.getString("county_code"),
						rs.getString("county_name"), rs.getLong("venues"), rs.getBoolean("active")));
	}

	public ListPage<VenueRow> venues(ListFilter filter) {
		CurrentUser user = this.scope.staff();
		Query query = new Query("""
				select v.code, v.kind, v.name, t.name as township_name, c.name as county_name, h.name as home_name,
				  v.active, count(*) over () as total
				from venue v join township t on t.id = v.township_id join county c on c.id = v.county_id
				  left join venue h on h.id = v.home_id
				""");
		query.scope("v.county_id", this.scope.countyScope(user));
		query.equal("c.code", "county", filter.county());
		query.equal("t.code", "township", filter.township());
		query.equal("v.kind", "kind", (filter.kind() != null) ? VenueKind.valueOf(filter.kind()).name() : null);
		query.search(filter, "v.name", "v.code");
		query.active(filter, "v.active");
		return query.page(filter, "v.code",
				(rs, row) -> new VenueRow(rs.getString("code"), rs.getString("kind"), rs.getString("name"),
						rs.getString("township_name"), rs.getString("county_name"), rs.getString("home_name"),
						rs.getBoolean("active")));
	}

	public ListPage<GroupRow> groups(ListFilter filter) {
		CurrentUser user = this.scope.staff();
		Query query = new Query("""
				select g.code, g.name, v.code as venue_code, v.name as venue_name, c.name as county_name, g.active,
				  (select count(*) from deputy d where d.group_id = g.id and d.active) as deputies,
				  count(*) over () as total
				from deputy_group g join venue v on v.id = g.venue_id join township t on t.id = v.township_id
				  join county c on c.id = g.county_id
				""");
		query.scope("g.county_id", this.scope.countyScope(user));
		query.equal("c.code", "county", filter.county());
		query.equal("t.code", "township", filter.township());
		query.search(filter, "g.name", "g.code");
		query.active(filter, "g.active");
		return query.page(filter, "g.code",
				(rs, row) -> new GroupRow(rs.getString("code"), rs.getString("name"), rs.getString("venue_code"),
						rs.getString("venue_name"), rs.getString("county_name"), rs.getLong("deputies"),
						rs.getBoolean("active")));
	}

	public ListPage<DeputyRow> deputies(ListFilter filter) {
		CurrentUser user = this.scope.staff();
		Query query = new Query("""
				select d.code, d.name, d.level, v.name as venue_name, g.name as group_name, c.name as county_name,
				  d.active, count(*) over () as total
				from deputy d join venue v on v.id = d.venue_id join township t on t.id = v.township_id
				  join county c on c.id = d.county_id left join deputy_group g on g.id = d.group_id
				""");
		query.scope("d.county_id", this.scope.countyScope(user));
		query.equal("c.code", "county", filter.county());
		query.equal("t.code", "township", filter.township());
		query.equal("d.level", "level", level(filter));
		query.search(filter, "d.name", "d.code");
		query.active(filter, "d.active");
		return query.page(filter, "d.code",
				(rs, row) -> new DeputyRow(rs.getString("code"), rs.getString("name"), rs.getString("level"),
						rs.getString("venue_name"), rs.getString("group_name"), rs.getString("county_name"),
						rs.getBoolean("active")));
	}

	public ListPage<UnitRow> units(ListFilter filter) {
		CurrentUser user = this.scope.staff();
		Long county = this.scope.countyScope(user);
		Query query = new Query("""
				select u.code, u.name, u.level, u.county_id, c.name as county_name, t.name as township_name,
				  p.name as parent_name, u.active, count(*) over () as total
				from handling_unit u left join county c on c.id = u.county_id
				  left join township t on t.id = u.township_id left join handling_unit p on p.id = u.parent_id
				""");
		if (county != null) {
			query.where("(u.county_id = :scope or u.level = 'PREFECTURE')", "scope", county);
		}
		query.equal("c.code", "county", filter.county());
		query.equal("t.code", "township", filter.township());
		query.equal("u.level", "level", level(filter));
		query.search(filter, "u.name", "u.code");
		query.active(filter, "u.active");
		return query.page(filter, "u.code", (rs, row) -> {
			Long unitCounty = rs.getObject("county_id", Long.class);
			return new UnitRow(rs.getString("code"), rs.getString("name"), rs.getString("level"),
					rs.getString("county_name"), rs.getString("township_name"), rs.getString("parent_name"),
					rs.getBoolean("active"), this.scope.mayEdit(user, unitCounty));
		});
	}

	/**
	 * The townships the user may place records in, grouped by county code: one statement.
	 */
	public List<Option> townshipChoices() {
		CurrentUser user = this.scope.staff();
		Long county = this.scope.countyScope(user);
		String sql = "select t.code, t.name, c.name as grp from township t join county c on c.id = t.county_id"
				+ " where t.active" + ((county != null) ? " and c.id = :scope" : "") + " order by c.code, t.code";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (county != null) {
			statement = statement.param("scope", county);
		}
		return statement.query((rs, row) -> option(rs)).list();
	}

	/**
	 * The counties the user may place records in: one statement.
	 */
	public List<Option> countyChoices() {
		CurrentUser user = this.scope.staff();
		Long county = this.scope.countyScope(user);
		String sql = "select c.code, c.name, null as grp from county c where c.active"
				+ ((county != null) ? " and c.id = :scope" : "") + " order by c.code";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (county != null) {
			statement = statement.param("scope", county);
		}
		return statement.query((rs, row) -> option(rs)).list();
	}

	/**
	 * The prefectures counties may belong to: one statement.
	 */
	public List<Option> prefectureChoices() {
		return this.jdbc.sql("select code, name, null as grp from prefecture where active order by code")
			.query((rs, row) -> option(rs))
			.list();
	}

	private static String level(ListFilter filter) {
		return (filter.level() != null) ? AdministrativeLevel.valueOf(filter.level()).name() : null;
	}

	private static Option option(ResultSet rs) throws SQLException {
		return new Option(rs.getString("code"), rs.getString("name"), rs.getString("grp"));
	}

	/**
	 * The choices of a list's county and township filters.
	 */
	public record Choices(List<Option> counties, List<Option> townships) {
	}

	/** A list query with its conditions, built only from fixed SQL and bound values. */
	private final class Query {

		private final String select;

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new LinkedHashMap<>();

		Query(String select) {
			this.select = select;
		}

		void where(String condition, String name, Object value) {
			this.conditions.add(condition);
			if (name != null) {
				this.params.put(name, value);
			}
		}

		void scope(String column, Long county) {
			if (county != null) {
				where(column + " = :scope", "scope", county);
			}
		}

		void equal(String column, String name, Object value) {
			if (value != null) {
				where(column + " = :" + name, name, value);
			}
		}

		void search(ListFilter filter, String nameColumn, String codeColumn) {
			if (filter.q() != null) {
				where("(" + nameColumn + " ilike :q or " + codeColumn + " ilike :q)", "q", filter.likePattern());
			}
		}

		void active(ListFilter filter, String column) {
			Boolean active = filter.active();
			if (active != null) {
				where(column + " = :active", "active", active);
			}
		}

		<T> ListPage<T> page(ListFilter filter, String orderColumn, RowMapper<T> mapper) {
			int page = filter.pageNumber();
			StringBuilder sql = new StringBuilder(this.select);
			if (!this.conditions.isEmpty()) {
				sql.append(" where ").append(String.join(" and ", this.conditions));
			}
			sql.append(" order by ").append(orderColumn).append(" limit :limit offset :offset");
			this.params.put("limit", ListFilter.PAGE_SIZE);
			this.params.put("offset", (long) (page - 1) * ListFilter.PAGE_SIZE);
			long[] total = { 0 };
			List<T> rows = OrganizationLists.this.jdbc.sql(sql.toString()).params(this.params).query((rs, row) -> {
				total[0] = rs.getLong("total");
				return mapper.mapRow(rs, row);
			}).list();
			return new ListPage<>(rows.stream().filter(Objects::nonNull).toList(), page, total[0]);
		}

	}

}
