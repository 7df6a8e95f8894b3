package org.deputyaction.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.deputyaction.evaluation.EvaluationView;
import org.deputyaction.evaluation.OnSiteEvaluationService;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.reception.ReceptionCommands.Schedule;
import org.deputyaction.reception.ReceptionCommands.ScheduleSession;
import org.deputyaction.reception.ReceptionService;
import org.deputyaction.reception.SessionKind;
import org.deputyaction.suggestion.AssignmentService;
import org.deputyaction.suggestion.AttachmentUpload;
import org.deputyaction.suggestion.HandlingCommands.AssignSuggestion;
import org.deputyaction.suggestion.HandlingCommands.RecordReply;
import org.deputyaction.suggestion.OnlineReceipt;
import org.deputyaction.suggestion.ProblemCommands.RecordOnlineProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ReplyService;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.organization.VenueKind;
import org.deputyaction.publication.internal.PlaceQueries;
import org.deputyaction.publication.internal.PostingService;
import org.deputyaction.security.ScopeFixture.Items;
import org.deputyaction.security.ScopeFixture.Place;
import org.deputyaction.suggestion.AdminCommands.CreateCategory;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may call what: every endpoint the application maps, called with every HTTP method
 * it maps, as an anonymous visitor and as each role, naming the caller's own records, a
 * neighbouring station's and unit's records of the same county, and another county's. The
 * table {@link #MATRIX} says who may; everyone else must be refused (anonymous: sent to
 * sign in; signed in: 403 or 404), and nobody ever gets a server error. A new endpoint
 * fails this test until it is classified in the table.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	/**
	 * One line per endpoint: method, pattern as mapped, and who may call it.
	 * <ul>
	 * <li>{@code ALL}: everyone, signed in or not; {@code SIGNED_IN}: every role.</li>
	 * <li>{@code ADMIN}, {@code OFFICE}: whichever county's records.</li>
	 * <li>{@code STAFF}: county staff, for records of their own county only.</li>
	 * <li>{@code DEPUTY}: a deputy, for records of their own station only (or that they
	 * lead or co-sign).</li>
	 * <li>{@code UNIT}: a handling unit, for what is assigned to it only.</li>
	 * <li>{@code NOBODY}: an error page that answers 403 or 404 to everyone.</li>
	 * </ul>
	 * Endpoints without a record in their address are called once per caller; with one
	 * ({@code {id}}, {@code {code}}, {@code {attachmentId}}) once per place.
	 */
	static final String MATRIX = """
			# Public pages: the stable addresses printed as QR codes, sign-in and errors
			GET  /                                                                  | ALL
			GET  /login                                                             | ALL
			GET  /error                                                             | NOBODY
			GET  /access-denied                                                     | NOBODY
			GET  /public/counties/{code}                                            | ALL
			GET  /public/counties/{code}/exports/{list}.{format}                    | ALL
			GET  /public/{segment:stations|homes}/{code}                            | ALL
			GET  /public/{segment:stations|homes}/{code}/exports/{list}.{format}    | ALL
			GET  /public/{segment:stations|homes}/{code}/postings/{reference}       | ALL
			GET  /public/{segment:stations|homes}/{code}/postings/{reference}.pdf   | ALL
			POST /public/{segment:stations|homes}/{code}/postings                   | OFFICE STAFF
			GET  /public/about                                                      | ALL
			GET  /public/{segment:stations|homes}/{code}/problems/new               | ALL
			POST /public/{segment:stations|homes}/{code}/problems/new               | ALL
			GET  /public/issues/{trackingNumber}                                    | ALL
			POST /public/issues/{trackingNumber}                                    | ALL
			GET  /public/evaluate                                                   | ALL
			GET  /public/evaluate/{code}                                            | ALL
			POST /public/evaluate/{code}                                            | ALL

			# Every signed-in user
			GET  /home                                                              | SIGNED_IN
			GET  /account/password                                                  | SIGNED_IN
			POST /account/password                                                  | SIGNED_IN

			# Role landing pages
			GET  /admin                                                             | ADMIN
			GET  /office                                                            | OFFICE
			GET  /county                                                            | STAFF
			GET  /my-station                                                        | DEPUTY
			GET  /unit                                                              | UNIT

			# Administration
			GET  /admin/audit                                                       | ADMIN
			GET  /admin/users                                                       | ADMIN
			GET  /admin/users/new                                                   | ADMIN
			POST /admin/users                                                       | ADMIN
			GET  /admin/users/{id}                                                  | ADMIN
			POST /admin/users/{id}                                                  | ADMIN
			POST /admin/users/{id}/enabled                                          | ADMIN
			POST /admin/users/{id}/password                                         | ADMIN
			GET  /admin/import                                                      | ADMIN
			POST /admin/import                                                      | ADMIN
			GET  /admin/import/template.csv                                         | ADMIN
			GET  /admin/import/template.xlsx                                        | ADMIN
			GET  /admin/loop-settings                                               | ADMIN
			POST /admin/loop-settings                                               | ADMIN
			GET  /admin/categories                                                  | ADMIN
			POST /admin/categories                                                  | ADMIN
			GET  /admin/categories/{id}                                             | ADMIN
			POST /admin/categories/{id}                                             | ADMIN
			POST /admin/categories/{id}/active                                      | ADMIN
			GET  /admin/holidays                                                    | ADMIN
			POST /admin/holidays                                                    | ADMIN
			POST /admin/holidays/bulk                                               | ADMIN
			POST /admin/holidays/remove                                             | ADMIN

			# The organisation: staff read their county; counties are edited by the prefecture
			GET  /organization                                                      | ADMIN OFFICE STAFF
			GET  /organization/counties                                             | ADMIN OFFICE STAFF
			GET  /organization/counties/new                                         | ADMIN OFFICE
			POST /organization/counties/new                                         | ADMIN OFFICE
			GET  /organization/counties/{code}/edit                                 | ADMIN OFFICE STAFF
			POST /organization/counties/{code}/edit                                 | ADMIN OFFICE
			POST /organization/counties/{code}/deactivate                           | ADMIN OFFICE
			POST /organization/counties/{code}/reactivate                           | ADMIN OFFICE
			GET  /organization/townships                                            | ADMIN OFFICE STAFF
			GET  /organization/townships/new                                        | ADMIN OFFICE STAFF
			POST /organization/townships/new                                        | ADMIN OFFICE STAFF
			GET  /organization/townships/{code}/edit                                | ADMIN OFFICE STAFF
			POST /organization/townships/{code}/edit                                | ADMIN OFFICE STAFF
			POST /organization/townships/{code}/deactivate                          | ADMIN OFFICE STAFF
			POST /organization/townships/{code}/reactivate                          | ADMIN OFFICE STAFF
			GET  /organization/venues                                               | ADMIN OFFICE STAFF
			GET  /organization/venues/new                                           | ADMIN OFFICE STAFF
			POST /organization/venues/new                                           | ADMIN OFFICE STAFF
			GET  /organization/venues/{code}/edit                                   | ADMIN OFFICE STAFF
			POST /organization/venues/{code}/edit                                   | ADMIN OFFICE STAFF
			POST /organization/venues/{code}/deactivate                             | ADMIN OFFICE STAFF
			POST /organization/venues/{code}/reactivate                             | ADMIN OFFICE STAFF
			GET  /organization/groups                                               | ADMIN OFFICE STAFF
			GET  /organization/groups/new                                           | ADMIN OFFICE STAFF
			POST /organization/groups/new                                           | ADMIN OFFICE STAFF
			GET  /organization/groups/{code}/edit                                   | ADMIN OFFICE STAFF
			POST /organization/groups/{code}/edit                                   | ADMIN OFFICE STAFF
			POST /organization/groups/{code}/deactivate                             | ADMIN OFFICE STAFF
			POST /organization/groups/{code}/reactivate                             | ADMIN OFFICE STAFF
			GET  /organization/deputies                                             | ADMIN OFFICE STAFF
			GET  /organization/deputies/new                                         | ADMIN OFFICE STAFF
			POST /organization/deputies/new                                         | ADMIN OFFICE STAFF
			GET  /organization/deputies/{code}/edit                                 | ADMIN OFFICE STAFF
			POST /organization/deputies/{code}/edit                                 | ADMIN OFFICE STAFF
			POST /organization/deputies/{code}/deactivate                           | ADMIN OFFICE STAFF
			POST /organization/deputies/{code}/reactivate                           | ADMIN OFFICE STAFF
			GET  /organization/deputies/{code}/record                               | ADMIN OFFICE STAFF
			GET  /organization/units                                                | ADMIN OFFICE STAFF
			GET  /organization/units/new                                            | ADMIN OFFICE STAFF
			POST /organization/units/new                                            | ADMIN OFFICE STAFF
			GET  /organization/units/{code}/edit                                    | ADMIN OFFICE STAFF
			POST /organization/units/{code}/edit                                    | ADMIN OFFICE STAFF
			POST /organization/units/{code}/deactivate                              | ADMIN OFFICE STAFF
			POST /organization/units/{code}/reactivate                              | ADMIN OFFICE STAFF

			# The closed loop, staff side (the administrator is not loop staff)
			GET  /work                                                              | OFFICE STAFF
			GET  /work/choices/{choices:venues|units}                               | OFFICE STAFF
			GET  /problems/new                                                      | OFFICE STAFF
			POST /problems/new                                                      | OFFICE STAFF
			GET  /problems/{id}                                                     | OFFICE STAFF
			GET  /problems/{id}/attachments/{attachmentId}                          | OFFICE STAFF
			POST /problems/{id}/{action:resolve|decline|merge}                      | OFFICE STAFF
			POST /problems/{id}/spam                                                | OFFICE STAFF
			GET  /suggestions/new                                                   | OFFICE STAFF
			POST /suggestions/new                                                   | OFFICE STAFF
			GET  /suggestions/{id}                                                  | OFFICE STAFF
			GET  /suggestions/{id}/attachments/{attachmentId}                       | OFFICE STAFF
			POST /suggestions/{id}/assign                                           | OFFICE STAFF
			POST /suggestions/{id}/objection                                        | OFFICE STAFF
			POST /suggestions/{id}/urge                                             | OFFICE STAFF
			POST /suggestions/{id}/progress                                         | OFFICE STAFF
			POST /suggestions/{id}/extension                                        | OFFICE STAFF
			POST /suggestions/{id}/key-supervision                                  | OFFICE STAFF
			POST /suggestions/{id}/waive-views                                      | OFFICE STAFF
			POST /suggestions/{id}/reply                                            | OFFICE STAFF
			POST /suggestions/{id}/rate                                             | OFFICE STAFF
			POST /suggestions/{id}/follow-up-solved                                 | OFFICE STAFF
			POST /suggestions/{id}/publication                                      | OFFICE STAFF
			POST /suggestions/{id}/supervision-level                                | OFFICE STAFF

			# Legacy registers (台账) imported by the office and county staff
			GET  /registers                                                         | OFFICE STAFF
			POST /registers                                                         | OFFICE STAFF
			GET  /registers/template.csv                                            | OFFICE STAFF
			GET  /registers/template.xlsx                                           | OFFICE STAFF
			GET  /registers/{id}                                                    | OFFICE STAFF

			# On-site evaluations: the presenter's screen, county staff and the office (not the
			# administrator: OnSiteEvaluationService.checkRole)
			POST /suggestions/{id}/evaluations                                      | OFFICE STAFF
			GET  /evaluations/{id}                                                  | OFFICE STAFF
			POST /evaluations/{id}/close                                            | OFFICE STAFF

			# Reception sessions (ReceptionService): read by the administrator and the office
			# (all), county staff (their county), a deputy (their station); changed by the office
			# and county staff only (requireManager)
			GET  /receptions                                                        | ADMIN OFFICE STAFF DEPUTY
			GET  /receptions/new                                                    | OFFICE STAFF
			POST /receptions/new                                                    | OFFICE STAFF
			GET  /receptions/{id}                                                   | ADMIN OFFICE STAFF DEPUTY
			GET  /receptions/{id}/edit                                              | OFFICE STAFF
			POST /receptions/{id}/edit                                              | OFFICE STAFF
			GET  /receptions/{id}/record                                            | OFFICE STAFF
			POST /receptions/{id}/record                                            | OFFICE STAFF
			POST /receptions/{id}/cancel                                            | OFFICE STAFF
			GET  /receptions/{id}/problems/new                                      | OFFICE STAFF
			POST /receptions/{id}/problems/new                                      | OFFICE STAFF
			POST /receptions/{id}/problems                                          | OFFICE STAFF
			POST /receptions/{id}/problems/{problemId}/unlink                       | OFFICE STAFF
			POST /receptions/{id}/photos                                            | OFFICE STAFF
			GET  /receptions/{id}/photos/{photoId}                                  | ADMIN OFFICE STAFF DEPUTY
			POST /receptions/{id}/photos/{photoId}/delete                           | OFFICE STAFF

			# Every user's own inbox
			GET  /inbox                                                             | SIGNED_IN
			POST /inbox/read-all                                                    | SIGNED_IN
			POST /inbox/{id}/open                                                   | SIGNED_IN
			POST /inbox/{id}/read                                                   | SIGNED_IN
			GET  /inbox/preferences                                                 | SIGNED_IN
			POST /inbox/preferences                                                 | SIGNED_IN

			# Deputies: their station's lists and items, and those they lead or co-sign
			GET  /my-station/lists                                                  | DEPUTY
			GET  /my-station/record                                                 | DEPUTY
			GET  /my-station/problems/new                                           | DEPUTY
			POST /my-station/problems                                               | DEPUTY
			GET  /my-station/suggestions                                            | DEPUTY
			GET  /my-station/suggestions/new                                        | DEPUTY
			POST /my-station/suggestions                                            | DEPUTY
			GET  /my-station/suggestions/{id}                                       | DEPUTY
			GET  /my-station/suggestions/{id}/attachments/{attachmentId}            | DEPUTY
			POST /my-station/suggestions/{id}/co-sign                               | DEPUTY
			POST /my-station/suggestions/{id}/rate                                  | DEPUTY

			# Handling units: what is assigned to them
			GET  /unit/assignments                                                  | UNIT
			GET  /unit/assignments/{id}                                             | UNIT
			GET  /unit/assignments/{id}/attachments/{attachmentId}                  | UNIT
			POST /unit/assignments/{id}/sign-for                                    | UNIT
			POST /unit/assignments/{id}/object                                      | UNIT
			POST /unit/assignments/{id}/extension                                   | UNIT
			POST /unit/assignments/{id}/view                                        | UNIT
			POST /unit/assignments/{id}/progress                                    | UNIT
			POST /unit/assignments/{id}/reply                                       | UNIT

			# Reports: the office and county staff (their county), deputies (their station)
			GET  /reports                                                           | ADMIN OFFICE STAFF DEPUTY
			GET  /reports/items                                                     | ADMIN OFFICE STAFF DEPUTY
			GET  /reports/export.{format:xlsx|csv}                                  | ADMIN OFFICE STAFF DEPUTY
			GET  /reports/items.{format:xlsx|csv}                                   | ADMIN OFFICE STAFF DEPUTY
			""";

	static final String SIGN_IN = "http://localhost/login";

	static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	/** Variables naming a record that belongs to a place. */
	static final Set<String> PLACED = Set.of("id", "code", "attachmentId");

	enum Caller {

		ANONYMOUS(null), ADMIN(Role.ADMIN), OFFICE(Role.PREFECTURE_OFFICE), STAFF(Role.COUNTY_STAFF),
		DEPUTY(Role.DEPUTY), UNIT(Role.HANDLING_UNIT);

		final Role role;

		Caller(Role role) {
			this.role = role;
		}

		/** Whether this caller's scope includes records of the place. */
		boolean sees(Place place) {
			return switch (this) {
				case ANONYMOUS, ADMIN, OFFICE -> true;
				case STAFF -> place != Place.FOREIGN;
				case DEPUTY, UNIT -> place == Place.OWN;
			};
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	ScopeFixture fixture;

	Long categoryId;

	final Map<Place, Integer> postings = new LinkedHashMap<>();

	/** Per place: records of the modules added after the fixture (see {@link Extras}). */
	final Map<Place, Extras> extras = new LinkedHashMap<>();

	/**
	 * Each caller's own inbox message. The inbox is per user, not per place: every caller
	 * names a message addressed to themselves (written straight into the notification
	 * table), so {@code /inbox/{id}/...} is not a placed variable here. That another
	 * user's message id answers 404 is checked by NotificationFlowTests.
	 */
	final Map<Caller, Long> messages = new LinkedHashMap<>();

	/** The caller of the request being built, for {@code /inbox/{id}}. */
	private Caller calling;

	/**
	 * A reception session at the place's station with a photo, an online problem's
	 * tracking number, an open on-site evaluation of a replied suggestion, and a register
	 * import batch with one item in the place's county.
	 */
	record Extras(Long receptionId, Long receptionPhotoId, String trackingNumber, Long evaluationId,
			String evaluationCode, Long registerId) {
	}

	@BeforeEach
	void setUp() {
		this.fixture = ScopeFixture.create(this.context);
		this.categoryId = this.context.getBean(CategoryService.class)
			.create(new CreateCategory(null, ("M" + this.fixture.tag).toUpperCase(Locale.ROOT), "矩阵测试类别", 999),
					this.fixture.user(Role.ADMIN))
			.getId();
		PlaceQueries places = this.context.getBean(PlaceQueries.class);
		PostingService postingService = this.context.getBean(PostingService.class);
		for (Place place : Place.values()) {
			var venue = places.venue(this.fixture.at(place).station().getCode(), VenueKind.LIAISON_STATION)
				.orElseThrow();
			this.postings.put(place, postingService.publish(venue, this.fixture.user(Role.PREFECTURE_OFFICE)));
			this.extras.put(place, extras(place));
		}
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		for (Caller caller : Caller.values()) {
			if (caller.role == null) {
				continue;
			}
			Long userId = this.fixture.user(caller.role).id();
			this.messages.put(caller, jdbc.queryForObject("""
					insert into notification (recipient_user_id, kind, dedupe_key, item_title, link, created_at)
					values (?, 'ASSIGNED', ?, '矩阵测试', '/home', now()) returning id
					""", Long.class, userId, "matrix-" + this.fixture.tag));
		}
	}

	private Extras extras(Place place) {
		Items items = this.fixture.at(place);
		CurrentUser office = this.fixture.user(Role.PREFECTURE_OFFICE);
		LocalDate today = LocalDate.now(this.context.getBean(Clock.class));
		ReceptionService receptions = this.context.getBean(ReceptionService.class);
		Long session = receptions
			.schedule(
					new ScheduleSession(items.station().getId(), new Schedule(SessionKind.RECEPTION_DAY,
							today.plusDays(7), LocalTime.of(9, 0), LocalTime.of(11, 0), "矩阵测试地点", null, Set.of())),
					office);
		Long photo = receptions.addPhoto(session, new AttachmentUpload("photo.png", "image/png", ScopeFixture.PNG),
				office);
		OnlineReceipt receipt = this.context.getBean(ProblemService.class)
			.recordOnline(new RecordOnlineProblem(UUID.randomUUID(), items.station().getId(), "网上反映", "网上反映的问题。", null,
					null));
		SuggestionService suggestions = this.context.getBean(SuggestionService.class);
		SuggestionDetail proposed = suggestions.propose(new ProposeSuggestion(UUID.randomUUID(), List.of(),
				items.station().getId(), "关于测评的建议", "建议尽快处理。", this.fixture.categoryId, AdministrativeLevel.COUNTY,
				"第十届", items.deputy().getId(), List.of(), true, List.of()), office);
		SuggestionDetail assigned = this.context.getBean(AssignmentService.class)
			.assign(new AssignSuggestion(proposed.id(), proposed.version(), items.unit().getId(), List.of(), null,
					null), office);
		this.context.getBean(ReplyService.class)
			.reply(new RecordReply(assigned.id(), assigned.version(), ResultClass.A, "已处理", "答复全文", null, List.of()),
					office);
		EvaluationView evaluation = this.context.getBean(OnSiteEvaluationService.class).start(assigned.id(), office);
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		Long register = jdbc.queryForObject("""
				insert into register_import (imported_at, imported_by_name, file_name, file_sha256, row_count,
				                             problem_count, suggestion_count, closed_count)
				values (now(), '矩阵测试', 'matrix.csv', ?, 1, 1, 0, 0) returning id
				""", Long.class, (this.fixture.tag + "-" + place).toLowerCase(Locale.ROOT));
		jdbc.update("""
				insert into register_item (import_id, county_id, register_number, row_number, problem_id)
				values (?, ?, ?, 1, ?)
				""", register, items.county().getId(), this.fixture.tag + "-" + place, items.problemId());
		return new Extras(session, photo, receipt.trackingNumber(), evaluation.id(), evaluation.code(), register);
	}

	@Test
	void everyMappedEndpointIsClassified() {
		Map<String, EnumSet<Caller>> matrix = matrix();
		Set<String> unclassified = new TreeSet<>(endpoints());
		unclassified.removeAll(matrix.keySet());
		assertThat(unclassified).as("""
				These endpoints are not in AuthorizationMatrixTests.MATRIX. Add one line per endpoint, e.g.
				  GET  /suggestions/{id}   | OFFICE STAFF
				naming who may call it (ALL, SIGNED_IN, ADMIN, OFFICE, STAFF, DEPUTY, UNIT); everyone else
				must be refused. Unclassified:
				  %s
				""".formatted(String.join("\n  ", unclassified))).isEmpty();
		Set<String> stale = new TreeSet<>(matrix.keySet());
		stale.removeAll(endpoints());
		assertThat(stale).as("Lines of MATRIX that no endpoint maps any more: remove them").isEmpty();
	}

	@Test
	void everyEndpointAdmitsExactlyTheCallersOfTheMatrix() throws Exception {
		Map<String, EnumSet<Caller>> matrix = matrix();
		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (String endpoint : endpoints()) {
			EnumSet<Caller> allowed = matrix.get(endpoint);
			if (allowed == null) {
				continue;
			}
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			boolean placed = isPlaced(pattern) && !allowed.contains(Caller.ANONYMOUS);
			for (Caller caller : Caller.values()) {
				for (Place place : placesFor(caller, placed, allowed.contains(caller))) {
					boolean expected = allowed.contains(caller) && (!placed || caller.sees(place));
					MockHttpServletResponse response = call(method, pattern, caller, place);
					calls++;
					String problem = verdict(caller, expected, allowed.isEmpty(), response);
					if (problem != null) {
						wrong.add("%-6s %-60s as %-9s %-9s: %s".formatted(method, pattern, caller, placed ? place : "",
								problem));
					}
				}
			}
		}
		assertThat(wrong)
			.as("%d of %d calls did not match the matrix:%n  %s%n", wrong.size(), calls, String.join("\n  ", wrong))
			.isEmpty();
	}

	/**
	 * The places a caller names: one for callers refused by role or seeing everything;
	 * their own and another county's for county staff; their own, a neighbouring
	 * station's or unit's and another county's for deputies and units.
	 */
	private static List<Place> placesFor(Caller caller, boolean placed, boolean admitted) {
		if (!placed || !admitted) {
			return List.of(Place.FOREIGN);
		}
		return switch (caller) {
			case ANONYMOUS, ADMIN, OFFICE -> List.of(Place.FOREIGN);
			case STAFF -> List.of(Place.OWN, Place.FOREIGN);
			default -> List.of(Place.values());
		};
	}

	private static String verdict(Caller caller, boolean expected, boolean errorPage,
			MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		boolean toSignIn = status == 302 && location != null
				&& (location.equals(SIGN_IN) || location.startsWith(SIGN_IN + "?") || location.equals("/login"));
		if (status >= 500) {
			return "server error " + status;
		}
		if (expected) {
			boolean admitted = (status >= 200 && status < 400 && !toSignIn) || status == 400 || status == 409;
			return admitted ? null : "expected to be admitted, got " + describe(status, location);
		}
		if (errorPage) {
			return (status == 403 || status == 404) ? null : "expected 403/404, got " + describe(status, location);
		}
		if (caller == Caller.ANONYMOUS) {
			return (toSignIn || status == 401) ? null : "expected sign-in, got " + describe(status, location);
		}
		return (status == 403 || status == 404) ? null : "expected 403/404, got " + describe(status, location);
	}

	private static String describe(int status, String location) {
		return (location != null) ? status + " -> " + location : String.valueOf(status);
	}

	private MockHttpServletResponse call(String method, String pattern, Caller caller, Place place) throws Exception {
		this.calling = caller;
		String uri = fill(pattern, this.fixture.at(place), place);
		// the photo upload answers "choose a photo" to anyone without asking its service:
		// send a photo so that the service decides
		AbstractMockHttpServletRequestBuilder<?> request = ("POST".equals(method)
				&& pattern.equals("/receptions/{id}/photos"))
						? MockMvcRequestBuilders.multipart(uri)
							.file(new MockMultipartFile("photos", "photo.png", "image/png", ScopeFixture.PNG))
						: MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
		request.with((r) -> {
			r.setRemoteAddr("10.95.0." + (1 + caller.ordinal()));
			return r;
		});
		if (!"GET".equals(method)) {
			request.param("version", "-1").with(csrf());
			formFor(pattern, place).forEach(request::param);
		}
		if (caller.role != null) {
			CurrentUser principal = this.fixture.user(caller.role);
			request.with(user(principal));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * Valid form fields for the endpoints that validate their form (or require a
	 * parameter) before asking their service, so that a 400 means the service admitted
	 * the caller and not that the form was empty.
	 */
	private Map<String, String> formFor(String pattern, Place place) {
		Items items = this.fixture.at(place);
		return switch (pattern) {
			case "/problems/{id}/spam" -> Map.of("spam", "true");
			case "/receptions/new" -> Map.of("venue", this.fixture.at(Place.OWN).station().getCode(), "kind",
					"RECEPTION_DAY", "heldOn", LocalDate.now(this.context.getBean(Clock.class)).plusDays(8).toString(),
					"startsAt", "09:00", "endsAt", "11:00", "place", "矩阵测试地点");
			case "/receptions/{id}/cancel" -> Map.of("reason", "矩阵测试");
			case "/receptions/{id}/record" -> Map.of("votersReceived", "1");
			case "/receptions/{id}/problems/new" ->
				Map.of("requestToken", UUID.randomUUID().toString(), "title", "矩阵测试", "description", "矩阵测试。");
			case "/receptions/{id}/problems" -> Map.of("problem", String.valueOf(items.problemId()));
			default -> Map.of();
		};
	}

	/** The address with the place's records in its variables. */
	String fill(String pattern, Items items, Place place) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder uri = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(uri, Matcher.quoteReplacement(value(pattern, m.group(1), items, place)));
		}
		m.appendTail(uri);
		return uri.toString();
	}

	private String value(String pattern, String variable, Items items, Place place) {
		switch (variable) {
			case "segment":
				return "stations";
			case "format":
				return "csv";
			case "list":
				return "suggestions";
			case "action":
				return "resolve";
			case "choices":
				return "venues";
			case "reference":
				return String.valueOf(this.postings.get(place));
			case "trackingNumber":
				return this.extras.get(place).trackingNumber();
			case "photoId":
				return String.valueOf(this.extras.get(place).receptionPhotoId());
			case "problemId":
				return String.valueOf(items.problemId());
			case "attachmentId":
				return String.valueOf(
						pattern.startsWith("/problems") ? items.problemAttachmentId() : items.suggestionAttachmentId());
			case "id":
				if (pattern.startsWith("/problems")) {
					return String.valueOf(items.problemId());
				}
				if (pattern.startsWith("/suggestions") || pattern.startsWith("/unit/assignments")
						|| pattern.startsWith("/my-station/suggestions")) {
					return String.valueOf(items.suggestionId());
				}
				if (pattern.startsWith("/admin/users")) {
					return String.valueOf(items.staffAccount().getId());
				}
				if (pattern.startsWith("/admin/categories")) {
					return String.valueOf(this.categoryId);
				}
				if (pattern.startsWith("/receptions")) {
					return String.valueOf(this.extras.get(place).receptionId());
				}
				if (pattern.startsWith("/evaluations")) {
					return String.valueOf(this.extras.get(place).evaluationId());
				}
				if (pattern.startsWith("/registers")) {
					return String.valueOf(this.extras.get(place).registerId());
				}
				if (pattern.startsWith("/inbox")) {
					// the caller's own message: see messages
					return String.valueOf(this.messages.get(this.calling));
				}
				break;
			case "code":
				if (pattern.startsWith("/public/evaluate")) {
					return this.extras.get(place).evaluationCode();
				}
				if (pattern.startsWith("/public/counties") || pattern.startsWith("/organization/counties")) {
					return items.county().getCode();
				}
				if (pattern.startsWith("/public/") || pattern.startsWith("/organization/venues")) {
					return items.station().getCode();
				}
				if (pattern.startsWith("/organization/townships")) {
					return items.township().getCode();
				}
				if (pattern.startsWith("/organization/groups")) {
					return items.group().getCode();
				}
				if (pattern.startsWith("/organization/deputies")) {
					return items.deputy().getCode();
				}
				if (pattern.startsWith("/organization/units")) {
					return items.unit().getCode();
				}
				break;
			default:
				break;
		}
		throw new IllegalStateException("AuthorizationMatrixTests does not know what to put in {" + variable + "} of "
				+ pattern + ": add it to value(...)");
	}

	private static boolean isPlaced(String pattern) {
		if (pattern.startsWith("/admin") || pattern.startsWith("/inbox")) {
			return false;
		}
		Matcher m = VARIABLE.matcher(pattern);
		while (m.find()) {
			if (PLACED.contains(m.group(1))) {
				return true;
			}
		}
		return false;
	}

	/** Every "METHOD pattern" the application maps (GET for mappings of any method). */
	Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("GET " + pattern);
				}
				for (RequestMethod method : methods) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	static Map<String, EnumSet<Caller>> matrix() {
		Map<String, EnumSet<Caller>> matrix = new LinkedHashMap<>();
		for (String line : MATRIX.strip().split("\n")) {
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			int bar = line.lastIndexOf('|');
			String[] parts = { line.substring(0, bar), line.substring(bar + 1) };
			String[] endpoint = parts[0].trim().split("\\s+");
			EnumSet<Caller> callers = EnumSet.noneOf(Caller.class);
			for (String who : parts[1].trim().split("\\s+")) {
				switch (who) {
					case "ALL" -> callers.addAll(EnumSet.allOf(Caller.class));
					case "SIGNED_IN" -> callers.addAll(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)));
					case "NOBODY" -> {
					}
					default -> callers.add(Caller.valueOf(who));
				}
			}
			String key = endpoint[0] + " " + endpoint[1];
			if (matrix.put(key, callers) != null) {
				throw new IllegalStateException("MATRIX lists " + key + " twice");
			}
		}
		return matrix;
	}

}
