package org.deputyaction.suggestion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.account.Role;
import org.deputyaction.organization.County;
import org.deputyaction.organization.CountyRepository;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.organization.Venue;
import org.deputyaction.organization.VenueRepository;
import org.deputyaction.suggestion.SuggestionCommands.ChangePublication;
import org.deputyaction.suggestion.SuggestionCommands.CoSign;
import org.deputyaction.suggestion.SuggestionCommands.EditSuggestion;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.internal.CoSignerRepository;
import org.deputyaction.suggestion.internal.RequestTokens;
import org.deputyaction.suggestion.internal.SuggestionCategoryRepository;
import org.deputyaction.suggestion.internal.SuggestionNumbers;
import org.deputyaction.suggestion.internal.SuggestionRepository;
import org.deputyaction.suggestion.internal.TimelineEntryRepository;
import org.deputyaction.system.NotFoundException;
import org.deputyaction.system.OutOfScopeException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Suggestions (提出建议): written up from problems by staff or raised by a deputy, with a
 * lead deputy and co-signers who confirm; edited while waiting for assignment; read with
 * their whole history.
 */
@Service
@Validated
@Transactional
public class SuggestionService {

	private final SuggestionRepository suggestions;

	private final CoSignerRepository coSigners;

	private final SuggestionCategoryRepository categories;

	private final VenueRepository venues;

	private final CountyRepository counties;

	private final DeputyRepository deputies;

	private final TimelineEntryRepository timeline;

	private final SuggestionNumbers numbers;

	private final RequestTokens tokens;

	private final AttachmentStore store;

	private final LoopScope scope;

	private final LoopSupport support;

	private final SuggestionDetails details;

	SuggestionService(SuggestionRepository suggestions, CoSignerRepository coSigners,
			SuggestionCategoryRepository categories, VenueRepository venues, CountyRepository counties,
			DeputyRepository deputies, TimelineEntryRepository timeline, SuggestionNumbers numbers,
			RequestTokens tokens, AttachmentStore store, LoopScope scope, LoopSupport support,
			SuggestionDetails details) {
		this.suggestions = suggestions;
		this.coSigners = coSigners;
		this.categories = categories;
		this.venues = venues;
		this.counties = counties;
		this.deputies = deputies;
		this.timeline = timeline;
		this.numbers = numbers;
		this.tokens = tokens;
		this.store = store;
		this.scope = scope;
		this.support = support;
		this.details = details;
	}

	/**
	 * Writes up a suggestion. Staff of the county choose the lead deputy; a deputy leads
	 * what they raise, at their own venue. The problems move to PROPOSED; the same
	 * request token twice returns the first suggestion.
	 */
	public SuggestionDetail propose(@Valid ProposeSuggestion command, CurrentUser user) {
		if (!user.is(Role.COUNTY_STAFF) && !user.is(Role.PREFECTURE_OFFICE) && !user.is(Role.DEPUTY)) {
			if (user.is(Role.ADMIN)) {
				throw new AccessDeniedException("administrators do not write suggestions");
			}
			throw new NotFoundException();
		}
		this.tokens.lock("suggestion", command.requestToken());
		Suggestion existing = this.suggestions.findByRequestToken(command.requestToken()).orElse(null);
		if (existing != null) {
			if (!Objects.equals(existing.getProposedByUserId(), user.id())) {
				throw new OutOfScopeException();
			}
			return this.details.of(existing, user);
		}
		List<Problem> problems = new ArrayList<>();
		for (Long problemId : new LinkedHashSet<>(command.problemIds())) {
			problems.add(this.scope.problem(problemId, user));
		}
		Long leadDeputyId = leadDeputyId(command, user);
		Deputy lead = this.deputies.findById(leadDeputyId)
			.filter(Deputy::isActive)
			.orElseThrow(() -> new LoopRuleViolation("loop.rule.unknownDeputy"));
		Long venueId = (command.venueId() != null) ? command.venueId()
				: problems.isEmpty() ? lead.getVenue().getId() : problems.get(0).getVenueId();
		Venue venue = this.venues.findById(venueId).orElseThrow(NotFoundException::new);
		Long countyId = venue.getCounty().getId();
		if (user.is(Role.DEPUTY) ? !Objects.equals(user.venueId(), venueId) : !LoopScope.isStaffOf(user, countyId)) {
			throw new OutOfScopeException();
		}
		if (user.is(Role.COUNTY_STAFF) && !Objects.equals(lead.getCounty().getId(), countyId)) {
			throw new LoopRuleViolation("loop.rule.leadDeputyOutsideCounty");
		}
		for (Problem problem : problems) {
			if (!Objects.equals(problem.getCountyId(), countyId)) {
				throw new LoopRuleViolation("loop.rule.problemsAcrossCounties", problem.getTrackingNumber());
			}
			if (problem.getStatus() != LoopStatus.FOUND) {
				throw new LoopRuleViolation("loop.rule.problemNotOpen", problem.getTrackingNumber(),
						problem.getStatus().messageKey());
			}
		}
		checkCategory(command.categoryId());
		Set<Long> coSignerIds = new LinkedHashSet<>(command.coSignerDeputyIds());
		coSignerIds.remove(leadDeputyId);
		for (Long coSignerId : coSignerIds) {
			this.deputies.findById(coSignerId)
				.filter(Deputy::isActive)
				.orElseThrow(() -> new LoopRuleViolation("loop.rule.unknownDeputy"));
		}

		County county = this.counties.findById(countyId).orElseThrow(NotFoundException::new);
		String number = this.numbers.next(countyId, county.getShortName(), this.support.today().getYear());
		Suggestion suggestion = this.suggestions
			.save(new Suggestion(number, command.requestToken(), countyId, venueId, command.title().strip(),
					command.content().strip(), command.categoryId(), command.level(), command.congressTerm().strip(),
					leadDeputyId, command.publicVisible(), user.id(), this.support.today(), this.support.now()));
		for (Long coSignerId : coSignerIds) {
			this.coSigners.save(new CoSigner(suggestion.getId(), coSignerId, this.support.now()));
		}
		for (Problem problem : problems) {
			problem.writeUpAs(suggestion.getId(), this.support.now());
			this.support.record(problem, user, TimelineAction.PROBLEM_WRITTEN_UP, LoopStatus.FOUND, LoopStatus.PROPOSED,
					number);
		}
		for (AttachmentUpload upload : command.attachments()) {
			this.store.store(null, suggestion.getId(), null, upload, user);
		}
		this.support.record(suggestion, user, TimelineAction.SUGGESTION_PROPOSED, null, suggestion.getTitle());
		if (!coSignerIds.isEmpty()) {
			this.support.record(suggestion, user, TimelineAction.CO_SIGNER_INVITED, LoopStatus.PROPOSED,
					String.join(", ", this.deputyNames(coSignerIds)));
		}
		this.support.publish(new SuggestionProposed(suggestion.getId(), number, countyId, venueId, leadDeputyId,
				problems.stream().map(Problem::getId).toList()));
		this.suggestions.flush();
		return this.details.of(suggestion, user);
	}

	/** Changes the text, category or level while the suggestion waits for assignment. */
	public SuggestionDetail edit(@Valid EditSuggestion command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.require(LoopScope.isStaffOf(user, suggestion.getCountyId()) || isLeadDeputy(user, suggestion));
		checkCategory(command.categoryId());
		suggestion.edit(command.title().strip(), command.content().strip(), command.categoryId(), command.level(),
				command.congressTerm().strip());
		return saved(suggestion, user, TimelineAction.SUGGESTION_EDITED, suggestion.getStatus(), null);
	}

	/**
	 * A deputy co-signs a suggestion that waits for assignment, or confirms having been
	 * invited to: the co-signature counts from now.
	 */
	public SuggestionDetail coSign(@Valid CoSign command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.require(user.is(Role.DEPUTY) && user.deputyId() != null);
		if (suggestion.getStatus() != LoopStatus.PROPOSED) {
			throw new LoopRuleViolation("loop.rule.coSignOnlyWhenProposed", suggestion.getStatus().messageKey());
		}
		if (isLeadDeputy(user, suggestion)) {
			throw new LoopRuleViolation("loop.rule.leadCannotCoSign");
		}
		CoSigner coSigner = this.coSigners.findBySuggestionIdAndDeputyId(suggestion.getId(), user.deputyId())
			.orElse(null);
		TimelineAction action;
		if (coSigner == null) {
			coSigner = this.coSigners.save(new CoSigner(suggestion.getId(), user.deputyId(), this.support.now()));
			action = TimelineAction.CO_SIGNED;
		}
		else {
			action = TimelineAction.CO_SIGNING_CONFIRMED;
		}
		coSigner.confirm(this.support.now());
		return saved(suggestion, user, action, suggestion.getStatus(), user.displayName());
	}

	/** Staff publish the suggestion on the public lists, or withdraw it from them. */
	public SuggestionDetail changePublication(@Valid ChangePublication command, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(command.suggestionId(), command.version(), user);
		LoopScope.requireStaffOf(user, suggestion.getCountyId());
		suggestion.publish(command.publicVisible());
		return saved(suggestion, user, TimelineAction.PUBLICATION_CHANGED, suggestion.getStatus(),
				String.valueOf(command.publicVisible()));
	}

	/** Adds a document or photo to the suggestion (staff, or its lead deputy). */
	public AttachmentView attach(Long suggestionId, long version, @Valid AttachmentUpload upload, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(suggestionId, version, user);
		LoopScope.require(LoopScope.isStaffOf(user, suggestion.getCountyId()) || isLeadDeputy(user, suggestion));
		if (suggestion.getStatus().isTerminal()) {
			throw new LoopRuleViolation("loop.rule.itemClosed");
		}
		Attachment attachment = this.store.store(null, suggestion.getId(), null, upload, user);
		saved(suggestion, user, TimelineAction.ATTACHMENT_ADDED, suggestion.getStatus(), attachment.getFileName());
		return AttachmentView.of(attachment);
	}

	@Transactional(readOnly = true)
	public SuggestionDetail get(Long suggestionId, CurrentUser user) {
		return this.details.of(this.scope.suggestion(suggestionId, user), user);
	}

	/** The suggestion's timeline with that of its problems, oldest first. */
	@Transactional(readOnly = true)
	public List<TimelineView> timeline(Long suggestionId, CurrentUser user) {
		Suggestion suggestion = this.scope.suggestion(suggestionId, user);
		return this.timeline.findForSuggestion(suggestion.getId()).stream().map(TimelineView::of).toList();
	}

	private SuggestionDetail saved(Suggestion suggestion, CurrentUser user, TimelineAction action, LoopStatus from,
			String detail) {
		suggestion.touch(this.support.now());
		this.support.record(suggestion, user, action, from, detail);
		this.suggestions.flush();
		return this.details.of(suggestion, user);
	}

	private Long leadDeputyId(ProposeSuggestion command, CurrentUser user) {
		if (user.is(Role.DEPUTY)) {
			if (user.deputyId() == null
					|| (command.leadDeputyId() != null && !command.leadDeputyId().equals(user.deputyId()))) {
				throw new AccessDeniedException("a deputy leads what they raise");
			}
			return user.deputyId();
		}
		if (command.leadDeputyId() == null) {
			throw new LoopRuleViolation("loop.rule.leadDeputyRequired");
		}
		return command.leadDeputyId();
	}

	private void checkCategory(Long categoryId) {
		this.categories.findById(categoryId)
			.filter(SuggestionCategory::isActive)
			.orElseThrow(() -> new LoopRuleViolation("loop.rule.unknownCategory"));
	}

	private List<String> deputyNames(Set<Long> ids) {
		return this.deputies.findAllById(ids).stream().map(Deputy::getName).toList();
	}

	static boolean isLeadDeputy(CurrentUser user, Suggestion suggestion) {
		return user.is(Role.DEPUTY) && user.deputyId() != null
				&& Objects.equals(user.deputyId(), suggestion.getLeadDeputyId());
	}

}
