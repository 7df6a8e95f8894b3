package org.deputyaction.demo.loop;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.deputyaction.demo.loop.Catalog.Seed;
import org.deputyaction.demo.loop.Catalog.Story;
import org.deputyaction.demo.loop.LoopSimulator.Plan;
import org.deputyaction.demo.loop.Places.Unit;
import org.deputyaction.demo.loop.Places.Venue;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.system.TimeConfiguration;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The demo items of the closed loop: about 600 problems and suggestions at stations of
 * every county, in every state, over the last twelve months, with the seed article's
 * examples, and work waiting for the demo deputy (龙船调 station) and the demo unit
 * (利川市交通运输局). Written in the caller's transaction.
 */
@Component
public class DemoLoopItems {

	/** The demo deputy's station and the demo unit. */
	public static final String DEPUTY_VENUE = "ES-LC-DT-01";

	public static final String UNIT = "U-LC-JT";

	/** About this many items in all, pinned ones included. */
	static final int ITEMS = 600;

	private static final long SEED = 20230925L;

	private final DataSource dataSource;

	private final LoopSettingsService settings;

	private final Clock clock;

	DemoLoopItems(DataSource dataSource, LoopSettingsService settings, Clock clock) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Loads the items into the prefecture; the caller's transaction must be open.
	 * @return the number of rows written
	 */
	public long load(long prefectureId, String prefectureUnitPrefix) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Catalog catalog = Catalog.load();
			Places places = Places.read(connection, prefectureId, prefectureUnitPrefix);
			LoopSimulator simulator = new LoopSimulator(places, catalog, this.settings.deadlines(),
					this.clock.instant(), TimeConfiguration.ZONE, 365, new SplittableRandom(SEED));
			List<Plan> plans = new ArrayList<>();
			for (Seed seed : catalog.seeds()) {
				Venue venue = places.venue(seed.venueCode());
				if (venue != null) {
					plans.add(simulator.plan(seed.scenario(), venue, catalog.story(seed.story()))
						.leadDeputy(seed.deputyIndex()));
				}
			}
			plans.addAll(pinned(simulator, places, catalog));
			for (Scenario scenario : Scenario.values()) {
				plans.add(simulator.plan(scenario));
			}
			for (Scenario scenario : new Scenario[] { Scenario.FOUND, Scenario.PROPOSED, Scenario.ASSIGNED_ON_TRACK,
					Scenario.CLOSED }) {
				plans.addAll(simulator.everyCounty(scenario));
			}
			int planned = plans.stream().mapToInt(LoopSimulator::items).sum();
			plans.addAll(simulator.mix(Math.max(0, ITEMS - planned)));
			LoopTables tables = new LoopTables();
			tables.begin(connection);
			simulator.play(plans, tables);
			return tables.finish(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The demo items do not load", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** Work for the demo deputy at 龙船调 and the demo unit 利川市交通运输局. */
	private List<Plan> pinned(LoopSimulator simulator, Places places, Catalog catalog) {
		List<Plan> plans = new ArrayList<>();
		Venue station = places.venue(DEPUTY_VENUE);
		Unit unit = places.unitByCode(UNIT);
		if (station == null || unit == null) {
			return plans;
		}
		List<Story> traffic = catalog.ordinaryStories()
			.stream()
			.filter((story) -> "JT".equals(story.leadDepartment()))
			.toList();
		List<Story> other = catalog.ordinaryStories()
			.stream()
			.filter((story) -> !"JT".equals(story.leadDepartment()) && !"ZF".equals(story.leadDepartment())
					&& story.level() != org.deputyaction.organization.AdministrativeLevel.PREFECTURE)
			.toList();
		int i = 0;
		// the deputy's own suggestions, two of them waiting for the deputy's rating
		for (Scenario scenario : new Scenario[] { Scenario.FED_BACK, Scenario.FED_BACK, Scenario.PROPOSED,
				Scenario.SUPERVISED_URGED, Scenario.CLOSED, Scenario.CLOSED_FOLLOW_UP }) {
			plans.add(simulator.plan(scenario, station, other.get(i++ % other.size())).leadDeputy(0));
		}
		for (int n = 0; n < 3; n++) {
			plans.add(simulator.plan(Scenario.FOUND, station, null));
		}
		// the unit's work: to sign for, to reply (one near due, one overdue), an
		// objection,
		// an open extension, a reply waiting for the deputy, closed ones
		int j = 0;
		for (Scenario scenario : new Scenario[] { Scenario.ASSIGNED_TO_SIGN, Scenario.ASSIGNED_TO_SIGN,
				Scenario.ASSIGNED_ON_TRACK, Scenario.ASSIGNED_ON_TRACK, Scenario.ASSIGNED_NEAR_DUE,
				Scenario.ASSIGNED_OVERDUE, Scenario.ASSIGNED_OBJECTED, Scenario.SUPERVISED_EXTENSION_PENDING,
				Scenario.SUPERVISED_KEY, Scenario.FED_BACK, Scenario.CLOSED, Scenario.CLOSED }) {
			Venue venue = (j % 3 == 0) ? station : lichuanVenue(places, station, j);
			Plan plan = simulator.plan(scenario, venue, traffic.get(j % traffic.size())).leadUnit(unit.id());
			if (venue == station) {
				plan.leadDeputy(0);
			}
			plans.add(plan);
			j++;
		}
		// an item the unit assists with, its view still to give
		Story health = other.get(0);
		Unit lead = places.unitFor(health.leadDepartment(), health.level(), station);
		if (lead != null && lead.id() != unit.id()) {
			plans.add(simulator.plan(Scenario.ASSIGNED_ON_TRACK, station, health)
				.leadUnit(lead.id())
				.assistingUnit(unit.id())
				.viewsPending()
				.leadDeputy(0));
		}
		return plans;
	}

	private static Venue lichuanVenue(Places places, Venue station, int pick) {
		List<Venue> venues = places.county(station.countyId()).venues();
		return venues.get((pick * 7) % venues.size());
	}

}
