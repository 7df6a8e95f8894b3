package org.deputyaction.account.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.PasswordPolicy;
import org.deputyaction.account.Role;
import org.deputyaction.account.ScopeDirectory;
import org.deputyaction.account.ScopeDirectory.ScopeTarget;
import org.deputyaction.account.UserAccount;
import org.deputyaction.account.UserAccountRepository;
import org.deputyaction.account.internal.AccountChangeLog;
import org.deputyaction.account.internal.AccountChangeLog.Action;
import org.deputyaction.account.internal.AccountPasswords;
import org.deputyaction.account.internal.AccountSessions;
import org.deputyaction.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration: list, create, edit, disable and enable accounts and reset their
 * passwords. Administrators only, checked here whatever the web layer did. Every change
 * is recorded; an administrator cannot lock themselves out nor leave the install without
 * an enabled administrator.
 */
@Service
@Transactional
class UserAdministration {

	static final int PAGE_SIZE = 25;

	private final UserAccountRepository accounts;

	private final UserListQueries queries;

	private final ScopeDirectory directory;

	private final PasswordPolicy policy;

	private final AccountPasswords passwords;

	private final AccountChangeLog changes;

	private final AccountSessions sessions;

	UserAdministration(UserAccountRepository accounts, UserListQueries queries, ScopeDirectory directory,
			PasswordPolicy policy, AccountPasswords passwords, AccountChangeLog changes, AccountSessions sessions) {
		this.accounts = accounts;
		this.queries = queries;
		this.directory = directory;
		this.policy = policy;
		this.passwords = passwords;
		this.changes = changes;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	Page<UserRow> search(String query, Role role, Long countyId, int page) {
		requireAdmin();
		String pattern = (query == null || query.isBlank()) ? null
				: "%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%";
		return this.queries.search(pattern, role, countyId, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	List<RoleCount> countsByRole() {
		requireAdmin();
		return this.queries.countsByRole();
	}

	@Transactional(readOnly = true)
	List<CountyOption> counties() {
		requireAdmin();
		return this.directory.activeCounties()
			.stream()
			.map((county) -> new CountyOption(county.id(), county.name()))
			.toList();
	}

	@Transactional(readOnly = true)
	AccountView view(long id) {
		requireAdmin();
		UserAccount account = find(id);
		return new AccountView(account.getId(), account.getUsername(), account.isEnabled(), account.getVersion(),
				java.time.LocalDateTime.ofInstant(account.getCreatedAt(), AccountChangeLog.ZONE),
				this.changes.latest(id, 20));
	}

	@Transactional(readOnly = true)
	UserForm form(long id) {
		requireAdmin();
		UserAccount account = find(id);
		UserForm form = new UserForm();
		form.setUsername(account.getUsername());
		form.setDisplayName(account.getDisplayName());
		form.setRole(account.getRole());
		form.setCountyId(account.getCountyId());
		if (account.getVenueId() != null) {
			form.setVenueCode(this.directory.venue(account.getVenueId()).map(ScopeTarget::code).orElse(null));
		}
		if (account.getDeputyId() != null) {
			form.setDeputyCode(this.directory.deputy(account.getDeputyId()).map(ScopeTarget::code).orElse(null));
		}
		if (account.getUnitId() != null) {
			form.setUnitCode(this.directory.unit(account.getUnitId()).map(ScopeTarget::code).orElse(null));
		}
		form.setVersion(account.getVersion());
		return form;
	}

	long create(UserForm form) {
		CurrentUser admin = requireAdmin();
		List<Rejection> rejections = new ArrayList<>();
		if (this.accounts.findByUsernameIgnoreCase(form.getUsername()).isPresent()) {
			rejections.add(new Rejection("username", "account.users.username.taken"));
		}
		if (!Objects.equals(form.getPassword(), form.getPasswordRepeat())) {
			rejections.add(new Rejection("passwordRepeat", "account.password.mismatch"));
		}
		this.policy.violations(form.getUsername(), form.getPassword())
			.forEach((code) -> rejections.add(new Rejection("password", code)));
		Scope scope = resolveScope(form, rejections);
		if (!rejections.isEmpty()) {
			throw new RejectedException(rejections);
		}
		UserAccount account = new UserAccount(form.getUsername(),
				this.passwords.hash(form.getUsername(), form.getPassword()), form.getDisplayName(), form.getRole());
		scope.applyTo(account);
		this.accounts.saveAndFlush(account);
		this.changes.record(account.getId(), admin, Action.CREATED,
				"role " + account.getRole() + "; " + scope.describe() + "; name " + account.getDisplayName());
		return account.getId();
	}

	void update(long id, UserForm form) {
		CurrentUser admin = requireAdmin();
		UserAccount account = find(id);
		checkVersion(account, form.getVersion());
		List<Rejection> rejections = new ArrayList<>();
		if (Objects.equals(admin.id(), account.getId()) && form.getRole() != Role.ADMIN) {
			rejections.add(new Rejection("role", "account.users.role.ownRole"));
		}
		else if (account.getRole() == Role.ADMIN && form.getRole() != Role.ADMIN && account.isEnabled()
				&& this.queries.enabledAdministrators() <= 1) {
			rejections.add(new Rejection("role", "account.users.lastAdministrator"));
		}
		Scope scope = resolveScope(form, rejections);
		if (!rejections.isEmpty()) {
			throw new RejectedException(rejections);
		}
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(account.getDisplayName(), form.getDisplayName())) {
			changed.add("name " + account.getDisplayName() + " → " + form.getDisplayName());
			account.setDisplayName(form.getDisplayName());
		}
		Scope before = Scope.of(account, this);
		boolean accessChanged = account.getRole() != form.getRole() || !before.sameAs(scope);
		if (account.getRole() != form.getRole()) {
			changed.add("role " + account.getRole() + " → " + form.getRole());
			account.setRole(form.getRole());
		}
		if (!before.sameAs(scope)) {
			changed.add("scope " + before.describe() + " → " + scope.describe());
		}
		scope.applyTo(account);
		if (changed.isEmpty()) {
			return;
		}
		this.accounts.saveAndFlush(account);
		this.changes.record(account.getId(), admin, Action.UPDATED, String.join("; ", changed));
		if (accessChanged) {
			this.sessions.end(account.getUsername(), null);
		}
	}

	void setEnabled(long id, long version, boolean enabled) {
		CurrentUser admin = requireAdmin();
		UserAccount account = find(id);
		checkVersion(account, version);
		if (account.isEnabled() == enabled) {
			return;
		}
		if (!enabled && Objects.equals(admin.id(), account.getId())) {
			throw new RejectedException(List.of(new Rejection(null, "account.users.disableSelf")));
		}
		if (!enabled && account.getRole() == Role.ADMIN && this.queries.enabledAdministrators() <= 1) {
			throw new RejectedException(List.of(new Rejection(null, "account.users.lastAdministrator")));
		}
		account.setEnabled(enabled);
		this.accounts.saveAndFlush(account);
		this.changes.record(account.getId(), admin, enabled ? Action.ENABLED : Action.DISABLED, null);
		if (!enabled) {
			this.sessions.end(account.getUsername(), null);
		}
	}

	void resetPassword(long id, PasswordForm form) {
		CurrentUser admin = requireAdmin();
		UserAccount account = find(id);
		checkVersion(account, form.getVersion());
		List<Rejection> rejections = new ArrayList<>();
		if (!Objects.equals(form.getPassword(), form.getPasswordRepeat())) {
			rejections.add(new Rejection("passwordRepeat", "account.password.mismatch"));
		}
		this.policy.violations(account.getUsername(), form.getPassword())
			.forEach((code) -> rejections.add(new Rejection("password", code)));
		if (!rejections.isEmpty()) {
			throw new RejectedException(rejections);
		}
		this.passwords.set(account, form.getPassword(), admin, Action.PASSWORD_RESET, null);
		this.accounts.saveAndFlush(account);
	}

	private Scope resolveScope(UserForm form, List<Rejection> rejections) {
		if (form.getRole() == null) {
			return Scope.NONE;
		}
		return switch (form.getRole()) {
			case ADMIN, PREFECTURE_OFFICE -> Scope.NONE;
			case COUNTY_STAFF -> {
				ScopeTarget county = (form.getCountyId() != null)
						? this.directory.county(form.getCountyId()).filter(ScopeTarget::active).orElse(null) : null;
				if (county == null) {
					rejections.add(new Rejection("countyId", "account.users.scope.countyRequired"));
					yield Scope.NONE;
				}
				yield new Scope(county.id(), null, null, null, "county " + county.name());
			}
			case DEPUTY -> {
				ScopeTarget venue = (form.getVenueCode() != null)
						? this.directory.venue(form.getVenueCode()).filter(ScopeTarget::active).orElse(null) : null;
				if (venue == null) {
					rejections.add(new Rejection("venueCode", "account.users.scope.venueRequired"));
					yield Scope.NONE;
				}
				ScopeTarget deputy = null;
				if (form.getDeputyCode() != null) {
					deputy = this.directory.deputy(form.getDeputyCode()).filter(ScopeTarget::active).orElse(null);
					if (deputy == null) {
						rejections.add(new Rejection("deputyCode", "account.users.scope.deputyUnknown"));
					}
					else if (!Objects.equals(deputy.venueId(), venue.id())) {
						rejections.add(new Rejection("deputyCode", "account.users.scope.deputyElsewhere"));
					}
				}
				yield new Scope(venue.countyId(), venue.id(), (deputy != null) ? deputy.id() : null, null,
						"venue " + venue.code() + ((deputy != null) ? ", deputy " + deputy.code() : ""));
			}
			case HANDLING_UNIT -> {
				ScopeTarget unit = (form.getUnitCode() != null)
						? this.directory.unit(form.getUnitCode()).filter(ScopeTarget::active).orElse(null) : null;
				if (unit == null) {
					rejections.add(new Rejection("unitCode", "account.users.scope.unitRequired"));
					yield Scope.NONE;
				}
				yield new Scope(unit.countyId(), null, null, unit.id(), "unit " + unit.code());
			}
		};
	}

	private UserAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(NotFoundException::new);
	}

	private static void checkVersion(UserAccount account, long version) {
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, account.getId());
		}
	}

	static CurrentUser requireAdmin() {
		return CurrentUser.get()
			.filter((user) -> user.is(Role.ADMIN))
			.orElseThrow(() -> new AccessDeniedException("administrators only"));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	String describeVenue(Long venueId) {
		return this.directory.venue(venueId).map(ScopeTarget::code).orElse(String.valueOf(venueId));
	}

	String describeDeputy(Long deputyId) {
		return this.directory.deputy(deputyId).map(ScopeTarget::code).orElse(String.valueOf(deputyId));
	}

	String describeCounty(Long countyId) {
		return this.directory.county(countyId).map(ScopeTarget::name).orElse(String.valueOf(countyId));
	}

	String describeUnit(Long unitId) {
		return this.directory.unit(unitId).map(ScopeTarget::code).orElse(String.valueOf(unitId));
	}

	/**
	 * The ids an account is bound to, and how to say so in the change log.
	 */
	record Scope(Long countyId, Long venueId, Long deputyId, Long unitId, String description) {

		static final Scope NONE = new Scope(null, null, null, null, "none");

		static Scope of(UserAccount account, UserAdministration administration) {
			String description = switch (account.getRole()) {
				case ADMIN, PREFECTURE_OFFICE -> "none";
				case COUNTY_STAFF -> (account.getCountyId() != null)
						? "county " + administration.describeCounty(account.getCountyId()) : "none";
				case DEPUTY -> ((account.getVenueId() != null)
						? "venue " + administration.describeVenue(account.getVenueId()) : "none")
						+ ((account.getDeputyId() != null)
								? ", deputy " + administration.describeDeputy(account.getDeputyId()) : "");
				case HANDLING_UNIT ->
					(account.getUnitId() != null) ? "unit " + administration.describeUnit(account.getUnitId()) : "none";
			};
			return new Scope(account.getCountyId(), account.getVenueId(), account.getDeputyId(), account.getUnitId(),
					description);
		}

		boolean sameAs(Scope other) {
			return Objects.equals(this.countyId, other.countyId) && Objects.equals(this.venueId, other.venueId)
					&& Objects.equals(this.deputyId, other.deputyId) && Objects.equals(this.unitId, other.unitId);
		}

		void applyTo(UserAccount account) {
			account.setCountyId(this.countyId);
			account.setVenueId(this.venueId);
			account.setDeputyId(this.deputyId);
			account.setUnitId(this.unitId);
		}

		String describe() {
			return this.description;
		}

	}

	/**
	 * A county to choose from.
	 */
	record CountyOption(Long id, String name) {

	}

	/**
	 * What the edit page shows beside the form.
	 */
	record AccountView(Long id, String username, boolean enabled, long version, java.time.LocalDateTime createdAt,
			List<AccountChangeLog.Entry> changes) {

	}

	/**
	 * A rule a field (or, with no field, the whole request) breaks.
	 */
	record Rejection(String field, String code) {

	}

	/**
	 * Input the service refused, with every reason.
	 */
	static final class RejectedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient List<Rejection> rejections;

		RejectedException(List<Rejection> rejections) {
			super("rejected: " + rejections);
			this.rejections = List.copyOf(rejections);
		}

		List<Rejection> rejections() {
			return this.rejections;
		}

	}

}
