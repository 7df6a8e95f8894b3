package org.deputyaction.publication.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.deputyaction.publication.internal.CountyHeader;
import org.deputyaction.publication.internal.ListExports;
import org.deputyaction.publication.internal.ListFilter;
import org.deputyaction.publication.internal.ListKind;
import org.deputyaction.publication.internal.ListScope;
import org.deputyaction.publication.internal.PlaceQueries;
import org.deputyaction.publication.internal.VenueHeader;
import org.deputyaction.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Each public list as .xlsx or .csv, with the page's columns and the filter's rows.
 */
@Controller
@Transactional(readOnly = true)
class ExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlaceQueries places;

	private final ListExports exports;

	private final MessageSource messages;

	ExportController(PlaceQueries places, ListExports exports, MessageSource messages) {
		this.places = places;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/public/{segment:stations|homes}/{code}/exports/{list}.{format}")
	ResponseEntity<byte[]> venue(@PathVariable String segment, @PathVariable String code, @PathVariable String list,
			@PathVariable String format, @ModelAttribute ListFilter filter, BindingResult binding, Locale locale)
			throws IOException {
		VenueHeader venue = PublicListsController.venue(this.places, segment, code);
		return export(ListScope.venue(venue.id()), venue.code(), list, format, filter, locale);
	}

	@GetMapping("/public/counties/{code}/exports/{list}.{format}")
	ResponseEntity<byte[]> county(@PathVariable String code, @PathVariable String list, @PathVariable String format,
			@ModelAttribute ListFilter filter, BindingResult binding, Locale locale) throws IOException {
		CountyHeader county = this.places.county(code).orElseThrow(NotFoundException::new);
		return export(ListScope.county(county.id()), county.code(), list, format, filter, locale);
	}

	private ResponseEntity<byte[]> export(ListScope scope, String code, String list, String format, ListFilter filter,
			Locale locale) throws IOException {
		ListKind kind = ListKind.fromSlug(list).orElseThrow(NotFoundException::new);
		if (!"csv".equals(format) && !"xlsx".equals(format)) {
			throw new NotFoundException();
		}
		List<List<String>> table = this.exports.table(kind, scope, (filter != null) ? filter : ListFilter.none(),
				locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String sheet = this.messages.getMessage(kind.messageKey(), null, locale);
		MediaType type;
		if ("csv".equals(format)) {
			ListExports.writeCsv(table, out);
			type = new MediaType("text", "csv", StandardCharsets.UTF_8);
		}
		else {
			ListExports.writeXlsx(table, sheet, out);
			type = XLSX;
		}
		String fileName = code + "-" + kind.slug() + "." + format;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(out.toByteArray());
	}

}
