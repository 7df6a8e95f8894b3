package org.deputyaction.suggestion.web.deputy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.organization.Deputy;
import org.deputyaction.organization.DeputyRepository;
import org.deputyaction.suggestion.AttachmentUpload;
import org.deputyaction.suggestion.CategoryService;
import org.deputyaction.suggestion.LoopRuleViolation;
import org.deputyaction.suggestion.LoopSettings;
import org.deputyaction.suggestion.LoopSettingsService;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ProblemCommands.RecordProblem;
import org.deputyaction.suggestion.ProblemService;
import org.deputyaction.suggestion.ProblemSource;
import org.deputyaction.suggestion.ProblemView;
import org.deputyaction.suggestion.SuggestionCommands.ProposeSuggestion;
import org.deputyaction.suggestion.SuggestionDetail;
import org.deputyaction.suggestion.SuggestionService;
import org.deputyaction.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a deputy starts at their station: a problem a voter raised (on a phone, at the
 * reception desk), and a suggestion written up from it (or raised directly) with
 * co-signers among the station's deputies.
 */
@Controller
class DeputyProposalController {

	static final String VIEW_PROBLEM = "suggestion/deputy/problem-form";

	static final String VIEW_PROPOSAL = "suggestion/deputy/suggestion-form";

	private final ProblemService problems;

	private final SuggestionService suggestions;

	private final CategoryService categories;

	private final LoopSettingsService settings;

	private final DeputyRepository deputies;

	private final MessageSource messages;

	private final Clock clock;

	DeputyProposalController(ProblemService problems, SuggestionService suggestions, CategoryService categories,
			LoopSettingsService settings, DeputyRepository deputies, MessageSource messages, Clock clock) {
		this.problems = problems;
		this.suggestions = suggestions;
		this.categories = categories;
		this.settings = settings;
		this.deputies = deputies;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/my-station/problems/new")
	String problemForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		DeputySuggestionController.requireDeputy(user);
		ProblemForm form = new ProblemForm();
		form.setFoundOn(LocalDate.now(this.clock));
		model.addAttribute("problemForm", form);
		return showProblemForm(model);
	}

	@PostMapping("/my-station/problems")
	String recordProblem(@Valid @ModelAttribute("problemForm") ProblemForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		DeputySuggestionController.requireDeputy(user);
		if (!result.hasErrors()) {
			try {
				ProblemView problem = this.problems.record(new RecordProblem(form.getRequestToken(), user.venueId(),
						form.getTitle(), form.getDescription(), form.getSource(), form.getFoundOn(),
						form.getContactName(), form.getContactPhone(), uploads(form.getFiles())), user);
				redirect.addFlashAttribute("message",
						text("loopunit.deputy.problemRecorded", problem.trackingNumber()));
				return "redirect:/my-station/suggestions/new?problem=" + problem.id();
			}
			catch (LoopRuleViolation ex) {
				String message = ex.message(this.messages, LocaleContextHolder.getLocale());
				result.reject("loopunit.ruleViolation", new Object[] { message }, message);
			}
		}
		return showProblemForm(model);
	}

	@GetMapping("/my-station/suggestions/new")
	String proposalForm(@RequestParam(name = "problem", required = false) Long problemId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		DeputySuggestionController.requireDeputy(user);
		ProposalForm form = new ProposalForm();
		form.setLevel(AdministrativeLevel.COUNTY);
		if (problemId != null) {
			ProblemView problem = stationProblem(problemId, user);
			form.setProblemId(problem.id());
			form.setTitle(problem.title());
			form.setContent(problem.description());
		}
		model.addAttribute("proposalForm", form);
		return showProposalForm(form, user, model);
	}

	@PostMapping("/my-station/suggestions")
	String propose(@Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		DeputySuggestionController.requireDeputy(user);
		if (form.getProblemId() != null) {
			stationProblem(form.getProblemId(), user);
		}
		if (!result.hasErrors()) {
			try {
				SuggestionDetail detail = this.suggestions.propose(
						new ProposeSuggestion(form.getRequestToken(),
								(form.getProblemId() != null) ? List.of(form.getProblemId()) : List.of(),
								user.venueId(), form.getTitle(), form.getContent(), form.getCategoryId(),
								form.getLevel(), form.getCongressTerm(), user.deputyId(),
								stationCoSigners(form.getCoSignerIds(), user), form.isPublicVisible(), List.of()),
						user);
				redirect.addFlashAttribute("message", text("loopunit.deputy.proposed", detail.number()));
				return "redirect:/my-station/suggestions/" + detail.id();
			}
			catch (LoopRuleViolation ex) {
				String message = ex.message(this.messages, LocaleContextHolder.getLocale());
				result.reject("loopunit.ruleViolation", new Object[] { message }, message);
			}
		}
		return showProposalForm(form, user, model);
	}

	/** A problem recorded at the deputy's own station; any other is not found. */
	private ProblemView stationProblem(Long problemId, CurrentUser user) {
		ProblemView problem = this.problems.get(problemId, user);
		if (!Objects.equals(problem.venueId(), user.venueId())) {
			throw new NotFoundException();
		}
		return problem;
	}

	/** Only deputies of the station may be invited from this page. */
	private List<Long> stationCoSigners(List<Long> ids, CurrentUser user) {
		List<Long> station = stationDeputies(user).stream().map(Deputy::getId).toList();
		return ids.stream().filter(Objects::nonNull).filter(station::contains).distinct().toList();
	}

	private List<Deputy> stationDeputies(CurrentUser user) {
		return this.deputies.findByVenueIdAndActiveTrueOrderByIdAsc(user.venueId())
			.stream()
			.filter((d) -> !Objects.equals(d.getId(), user.deputyId()))
			.toList();
	}

	private String showProblemForm(Model model) {
		LoopSettings current = this.settings.current();
		model.addAttribute("sources", List.of(ProblemSource.RECEPTION_DAY, ProblemSource.VISIT, ProblemSource.SURVEY,
				ProblemSource.HOTLINE, ProblemSource.OTHER));
		model.addAttribute("maxAttachmentKb", current.getMaxAttachmentBytes() / 1024);
		model.addAttribute("allowedTypes", current.getAllowedAttachmentTypes());
		return VIEW_PROBLEM;
	}

	private String showProposalForm(ProposalForm form, CurrentUser user, Model model) {
		if (form.getProblemId() != null) {
			ProblemView problem = stationProblem(form.getProblemId(), user);
			model.addAttribute("problem", problem);
			model.addAttribute("problemOpen", problem.status() == LoopStatus.FOUND);
		}
		model.addAttribute("categories", this.categories.tree(true));
		model.addAttribute("levels", AdministrativeLevel.values());
		model.addAttribute("stationDeputies", stationDeputies(user));
		return VIEW_PROPOSAL;
	}

	private static List<AttachmentUpload> uploads(List<MultipartFile> files) {
		List<AttachmentUpload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file == null
					|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploads.add(new AttachmentUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
