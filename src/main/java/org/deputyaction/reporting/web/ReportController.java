package org.deputyaction.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.reporting.Rate;
import org.deputyaction.reporting.ReportBucket;
import org.deputyaction.reporting.ReportDimension;
import org.deputyaction.reporting.ReportItem;
import org.deputyaction.reporting.ReportItems;
import org.deputyaction.reporting.ReportPeriod;
import org.deputyaction.reporting.ReportRequest;
import org.deputyaction.reporting.ReportRow;
import org.deputyaction.reporting.ReportService;
import org.deputyaction.reporting.ReportTable;
import org.deputyaction.reporting.web.TableExport.Cell;

import org.deputyaction.system.RenderedFragments;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The closure-rate reports: the dashboard with its figures, drill-down table and charts,
 * the items behind every count, and the exports of both.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

	static final String VIEW_DASHBOARD = "reporting/dashboard";

	static final String VIEW_CONTENT = "reporting/dashboard-content :: content";

	static final String VIEW_ITEMS = "reporting/items";

	static final int PAGE_SIZE = 50;

	private final ReportService reports;

	private final MessageSource messages;

	private final RenderedFragments fragments;

	ReportController(ReportService reports, MessageSource messages, RenderedFragments fragments) {
		this.reports = reports;
		this.messages = messages;
		this.fragments = fragments;
	}

	@GetMapping
	String dashboard(@ModelAttribute("reportForm") ReportForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ReportTable table = this.reports.table(request(form, binding), user);
		ReportLinks links = new ReportLinks(form, table.by());
		model.addAttribute("table", table);
		model.addAttribute("links", links);
		// the same for every reader of the same table with the same links; a period
		// refused is shown back as typed, to this reader only
		Content content = binding.hasErrors() ? null : new Content(table, form.values());
		model.addAttribute("reportMarkup", this.fragments.render(VIEW_CONTENT, content, model, () -> {
			model.addAttribute("periodKinds", ReportForm.PeriodKind.values());
			model.addAttribute("columns", ReportColumn.ALL);
			model.addAttribute("dimensions", ReportDimension.values());
			model.addAttribute("bars", ReportCharts.bars(table.rows()));
			model.addAttribute("trend", ReportCharts.trend(table.trend()));
		}, request, response));
		return VIEW_DASHBOARD;
	}

	/** What the dashboard shows: the table, and the form its links and fields keep. */
	private record Content(ReportTable table, List<Object> form) {

	}

	@GetMapping("/items")
	String items(@ModelAttribute("reportForm") ReportForm form, BindingResult binding,
			@RequestParam(defaultValue = "PROPOSED") ReportBucket bucket, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		ReportRequest request = request(form, binding);
		boolean backward = (after == null || after.isBlank()) && before != null && !before.isBlank();
		ReportItems items = this.reports.items(request, bucket, page, PAGE_SIZE, backward ? before : after, backward,
				user);
		model.addAttribute("items", items);
		model.addAttribute("period", request.period());
		model.addAttribute("links",
				new ReportLinks(form, (form.getBy() != null) ? form.getBy() : items.scope().next()));
		return VIEW_ITEMS;
	}

	@GetMapping("/export.{format:xlsx|csv}")
	void export(@ModelAttribute("reportForm") ReportForm form, BindingResult binding,
			@org.springframework.web.bind.annotation.PathVariable String format,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		ReportTable table = this.reports.table(request(form, binding), user);
		List<String> header = new ArrayList<>();
		header.add(message(table.by().messageKey(), locale));
		ReportColumn.ALL.forEach((column) -> header.add(message(column.headerKey(), locale)));
		List<List<Cell>> rows = new ArrayList<>();
		for (ReportRow row : table.rows()) {
			rows.add(cells(label(row, locale), row));
		}
		rows.add(cells(message("reporting.total", locale) + " " + table.total().label(), table.total()));
		String name = "report-" + table.by().name().toLowerCase(Locale.ROOT) + "-" + table.request().period().from()
				+ "-" + table.request().period().to();
		write(format, name, message("reporting.title", locale), header, rows, response);
	}

	@GetMapping("/items.{format:xlsx|csv}")
	void exportItems(@ModelAttribute("reportForm") ReportForm form, BindingResult binding,
			@org.springframework.web.bind.annotation.PathVariable String format,
			@RequestParam(defaultValue = "PROPOSED") ReportBucket bucket, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		ReportRequest request = request(form, binding);
		ReportItems items = this.reports.items(request, bucket, 0, ReportService.MAX_EXPORT_ITEMS, user);
		List<String> header = ITEM_COLUMNS.stream().map((key) -> message(key, locale)).toList();
		List<List<Cell>> rows = new ArrayList<>();
		for (ReportItem item : items.items()) {
			rows.add(List.of(Cell.of(item.number()), Cell.of(item.title()), Cell.of(item.countyName()),
					Cell.of(item.venueName()), Cell.of(item.unitName()), Cell.of(message(item.statusKey(), locale)),
					Cell.of(item.proposedOn()), Cell.of(item.assignedOn()), Cell.of(item.dueOn()),
					Cell.of(item.repliedOn()), Cell.of(item.closedOn()), Cell.of(item.resultClass()),
					Cell.of((item.lastRating() != null) ? message("reporting.grade." + item.lastRating(), locale)
							: null),
					Cell.of(message(item.keySupervision() ? "reporting.yes" : "reporting.no", locale)),
					Cell.of(item.voters().satisfied()), Cell.of(item.voters().basically()),
					Cell.of(item.voters().unsatisfied())));
		}
		String name = "report-items-" + bucket.name().toLowerCase(Locale.ROOT) + "-" + request.period().from() + "-"
				+ request.period().to();
		write(format, name, message(bucket.messageKey(), locale), header, rows, response);
	}

	static final List<String> ITEM_COLUMNS = List.of("reporting.item.number", "reporting.item.title",
			"reporting.item.county", "reporting.item.venue", "reporting.item.unit", "reporting.item.status",
			"reporting.item.proposedOn", "reporting.item.assignedOn", "reporting.item.dueOn",
			"reporting.item.repliedOn", "reporting.item.closedOn", "reporting.item.resultClass",
			"reporting.item.rating", "reporting.item.keySupervision", "reporting.voters.satisfied",
			"reporting.voters.basically", "reporting.voters.unsatisfied");

	private static List<Cell> cells(String label, ReportRow row) {
		List<Cell> cells = new ArrayList<>();
		cells.add(Cell.of(label));
		for (ReportColumn column : ReportColumn.ALL) {
			Object value = column.value(row.measures());
			cells.add((value instanceof Rate rate) ? Cell.percent(rate.percent()) : Cell.of(value));
		}
		return cells;
	}

	private String label(ReportRow row, Locale locale) {
		return (row.labelKey() != null) ? message(row.labelKey(), locale) : row.label();
	}

	private static void write(String format, String name, String sheet, List<String> header, List<List<Cell>> rows,
			HttpServletResponse response) throws IOException {
		boolean xlsx = "xlsx".equals(format);
		response.setContentType(
				xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment()
					.filename(name + "." + format, StandardCharsets.UTF_8)
					.build()
					.toString());
		OutputStream out = response.getOutputStream();
		if (xlsx) {
			TableExport.xlsx(sheet.length() > 31 ? sheet.substring(0, 31) : sheet, header, rows, out);
		}
		else {
			TableExport.csv(header, rows, out);
		}
		out.flush();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * The request the form asks for; with an invalid period the errors show next to the
	 * fields and the report falls back to this year.
	 */
	private ReportRequest request(ReportForm form, BindingResult binding) {
		form.complete(this.reports.today());
		form.validate(binding);
		ReportPeriod period;
		if (binding.hasErrors()) {
			period = ReportPeriod.year(this.reports.today().getYear());
		}
		else {
			period = form.toPeriod();
		}
		return form.toRequest(period);
	}

}
