package org.deputyaction.suggestion.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.deputyaction.account.CurrentUser;
import org.deputyaction.system.TimeConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register import page of the prefecture office and county staff: upload a register,
 * check it (a preview of the lines per county and status) or import it, see the problems,
 * download the templates and look at past imports.
 */
@Controller
@RequestMapping("/registers")
@PreAuthorize("hasAnyRole('PREFECTURE_OFFICE','COUNTY_STAFF')")
class RegisterController {

	static final String VIEW = "suggestion/register/import";

	static final String BATCH_VIEW = "suggestion/register/batch";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of(TimeConfiguration.ZONE.getId()));

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RegisterImportService registers;

	private final RegisterTemplates templates;

	private final MessageSource messages;

	RegisterController(RegisterImportService registers, RegisterTemplates templates, MessageSource messages) {
		this.registers = registers;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		addPageData(model, user);
		return VIEW;
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "checkOnly", required = false) String checkOnly,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale) {
		if (file == null || (file.isEmpty() && !hasName(file))) {
			model.addAttribute("fileError", this.messages.getMessage("register.file.required", null, locale));
			addPageData(model, user);
			return VIEW;
		}
		byte[] content = bytes(file);
		String fileName = file.getOriginalFilename();
		boolean check = checkOnly != null;
		RegisterReport report;
		try {
			report = check ? this.registers.check(fileName, content, user)
					: this.registers.importFile(fileName, content, user);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			model.addAttribute("failure", this.messages.getMessage("register.failed.concurrent", null, locale));
			addPageData(model, user);
			return VIEW;
		}
		if (report.hasProblems() || check) {
			model.addAttribute("report", report);
			model.addAttribute("fileName", fileName);
			model.addAttribute("problems", problemRows(report.problems(), locale));
			model.addAttribute("checked", check && !report.hasProblems());
			addPageData(model, user);
			return VIEW;
		}
		redirect.addFlashAttribute("message",
				this.messages.getMessage("register.result.imported", new Object[] { report.rows() }, locale));
		return "redirect:/registers/" + report.batchId();
	}

	@GetMapping("/{id}")
	String batch(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		RegisterBatch batch = this.registers.batch(id, user);
		model.addAttribute("batch", batch);
		model.addAttribute("when", WHEN.format(batch.importedAt()));
		model.addAttribute("items", this.registers.batchItems(id, user));
		return BATCH_VIEW;
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(Locale locale) {
		return download(this.templates.xlsx(locale), XLSX, fileName(locale, "xlsx"));
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> csvTemplate(Locale locale) {
		return download(this.templates.csv(locale), new MediaType("text", "csv", StandardCharsets.UTF_8),
				fileName(locale, "csv"));
	}

	private void addPageData(Model model, CurrentUser user) {
		model.addAttribute("columns", RegisterColumn.values());
		model.addAttribute("vocabulary", new Headers());
		model.addAttribute("maxRows", RegisterImportService.MAX_ROWS);
		model.addAttribute("maxMegabytes", RegisterImportService.MAX_BYTES / (1024 * 1024));
		model.addAttribute("history",
				this.registers.batches(user, 20)
					.stream()
					.map((b) -> new HistoryRow(b.id(), WHEN.format(b.importedAt()), b.importedBy(), b.fileName(),
							b.rows(), b.suggestions(), b.closed(), b.counties()))
					.toList());
	}

	private List<ProblemRow> problemRows(List<RegisterProblem> problems, Locale locale) {
		return problems.stream()
			.map((problem) -> new ProblemRow(problem.row(),
					(problem.column() != null) ? this.messages.getMessage(problem.column().messageKey(), null, locale)
							: null,
					this.messages.getMessage(problem, locale)))
			.toList();
	}

	private String fileName(Locale locale, String extension) {
		return this.messages.getMessage("register.template.fileName", null, locale) + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	private static boolean hasName(MultipartFile file) {
		return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The Chinese header of a column, for the page's column table. */
	static final class Headers {

		public String chinese(RegisterColumn column) {
			return RegisterVocabulary.get().chineseHeader(column);
		}

	}

	/** A problem as the page shows it. */
	record ProblemRow(int row, String column, String message) {

	}

	/** A past import as the page shows it. */
	record HistoryRow(long id, String when, String by, String file, int rows, int suggestions, int closed,
			String counties) {

	}

}
