package org.deputyaction.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.reception.internal.DutyRecordQueries;
import org.deputyaction.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deputy's duty record (履职档案) for a year: for county staff of the deputy's county and
 * the prefecture office (administrators read), and for the deputy themself. Six
 * statements whatever the record's size.
 */
@Service
@Transactional(readOnly = true)
public class DutyRecordService {

	static final int FIRST_YEAR = 2000;

	private final DutyRecordQueries queries;

	private final Clock clock;

	DutyRecordService(DutyRecordQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/** The record of the deputy with this code, for staff in scope. */
	public DutyRecord ofDeputy(String code, Integer year, CurrentUser user) {
		DutyRecord.Deputy deputy = this.queries.deputy(code).orElseThrow(NotFoundException::new);
		boolean allowed = switch (user.role()) {
			case ADMIN, PREFECTURE_OFFICE -> true;
			case COUNTY_STAFF -> Objects.equals(user.countyId(), deputy.countyId());
			default -> false;
		};
		if (!allowed) {
			throw new NotFoundException();
		}
		return build(deputy, year);
	}

	/** The signed-in deputy's own record. */
	public DutyRecord mine(Integer year, CurrentUser user) {
		if (!user.is(Role.DEPUTY)) {
			throw new AccessDeniedException("deputies only");
		}
		if (user.deputyId() == null) {
			throw new NotFoundException();
		}
		DutyRecord.Deputy deputy = this.queries.deputy(user.deputyId()).orElseThrow(NotFoundException::new);
		return build(deputy, year);
	}

	/** The year shown: the one asked for if sensible, otherwise this year. */
	public int year(Integer requested) {
		int current = LocalDate.now(this.clock).getYear();
		if (requested == null || requested < FIRST_YEAR || requested > current + 1) {
			return current;
		}
		return requested;
	}

	private DutyRecord build(DutyRecord.Deputy deputy, Integer requestedYear) {
		int year = year(requestedYear);
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		int limit = DutyRecord.LIST_LIMIT;
		return new DutyRecord(deputy, year, from, to, this.queries.figures(deputy.id(), from, to),
				this.queries.sessions(deputy.id(), from, to, limit),
				this.queries.problems(deputy.id(), from, to, limit),
				this.queries.suggestions(deputy.id(), from, to, limit),
				this.queries.ratings(deputy.id(), from, to, limit), LocalDate.now(this.clock));
	}

}
