package org.deputyaction.organization.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.deputyaction.account.CurrentUser;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's import page: upload a file, see the problems or the counts, and
 * download the templates.
 */
@Controller
@RequestMapping("/admin/import")
@PreAuthorize("hasRole('ADMIN')")
class ImportController {

	static final String VIEW = "organization/import";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final OrganizationImporter importer;

	private final ImportTemplates templates;

	private final MessageSource messages;

	ImportController(OrganizationImporter importer, ImportTemplates templates, MessageSource messages) {
		this.importer = importer;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		addPageData(model);
		return VIEW;
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "checkOnly", required = false) String checkOnly,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale) {
		if (file == null || (file.isEmpty() && !hasName(file))) {
			model.addAttribute("fileError", this.messages.getMessage("importer.file.required", null, locale));
			addPageData(model);
			return VIEW;
		}
		byte[] content = bytes(file);
		String fileName = file.getOriginalFilename();
		boolean check = checkOnly != null;
		ImportReport report;
		try {
			report = check ? this.importer.check(fileName, content)
					: this.importer.importFile(fileName, content, user.getUsername());
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			model.addAttribute("failure", this.messages.getMessage("importer.failed.concurrent", null, locale));
			addPageData(model);
			return VIEW;
		}
		if (report.hasProblems()) {
			model.addAttribute("report", report);
			model.addAttribute("fileName", fileName);
			model.addAttribute("problems", problemRows(report.problems(), locale));
			addPageData(model);
			return VIEW;
		}
		if (check) {
			model.addAttribute("report", report);
			model.addAttribute("fileName", fileName);
			model.addAttribute("checked", true);
			addPageData(model);
			return VIEW;
		}
		redirect.addFlashAttribute("message", this.messages.getMessage("importer.result.imported",
				new Object[] { report.rows(), report.created(), report.updated(), report.unchanged() }, locale));
		redirect.addFlashAttribute("importCounts", report.counts());
		return "redirect:/admin/import";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(Locale locale) {
		return download(this.templates.xlsx(locale), XLSX, fileName(locale, "xlsx"));
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> csvTemplate(Locale locale) {
		return download(this.templates.csv(locale),
				new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), fileName(locale, "csv"));
	}

	private void addPageData(Model model) {
		model.addAttribute("columns", ImportColumn.values());
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("maxRows", OrganizationImporter.MAX_ROWS);
		model.addAttribute("maxMegabytes", OrganizationImporter.MAX_BYTES / (1024 * 1024));
		model.addAttribute("history",
				this.importer.recentImports(10)
					.stream()
					.map((run) -> new HistoryRow(WHEN.format(run.importedAt()), run.importedBy(), run.fileName(),
							run.rows(), run.created(), run.updated(), run.unchanged()))
					.toList());
	}

	private List<ProblemRow> problemRows(List<ImportProblem> problems, Locale locale) {
		return problems.stream()
			.map((problem) -> new ProblemRow(problem.row(),
					(problem.column() != null) ? this.messages.getMessage(problem.column().messageKey(), null, locale)
							: null,
					this.messages.getMessage(problem, locale)))
			.toList();
	}

	private String fileName(Locale locale, String extension) {
		return this.messages.getMessage("importer.template.fileName", null, locale) + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
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

	/**
	 * A problem as the page shows it.
	 */
	record ProblemRow(int row, String column, String message) {

	}

	/**
	 * A past import as the page shows it.
	 */
	record HistoryRow(String when, String by, String file, int rows, int created, int updated, int unchanged) {

	}

}
