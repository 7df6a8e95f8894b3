package org.deputyaction.publication.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.publication.internal.ListColumns;
import org.deputyaction.publication.internal.ListKind;
import org.deputyaction.publication.internal.PdfRenderer;
import org.deputyaction.publication.internal.PlaceQueries;
import org.deputyaction.publication.internal.PostingService;
import org.deputyaction.publication.internal.PostingView;
import org.deputyaction.publication.internal.QrCodes;
import org.deputyaction.publication.internal.VenueHeader;
import org.deputyaction.system.NotFoundException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Postings (公示) of a home's or station's three lists: staff publish one, anyone reads it,
 * prints it on A4 or downloads it as a PDF; each carries a QR code to the live page.
 */
@Controller
class PostingController {

	static final String VIEW_POSTING = "publication/posting";

	static final String TEMPLATE_PDF = "publication/posting-pdf";

	private final PlaceQueries places;

	private final PostingService postings;

	private final PdfRenderer pdf;

	private final ITemplateEngine templates;

	private final PublicAddresses addresses;

	private final MessageSource messages;

	private final PublicPageCache pages;

	PostingController(PlaceQueries places, PostingService postings, PdfRenderer pdf, ITemplateEngine templates,
			PublicAddresses addresses, MessageSource messages, PublicPageCache pages) {
		this.pages = pages;
		this.places = places;
		this.postings = postings;
		this.pdf = pdf;
		this.templates = templates;
		this.addresses = addresses;
		this.messages = messages;
	}

	@PostMapping("/public/{segment:stations|homes}/{code}/postings")
	String publish(@PathVariable String segment, @PathVariable String code, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		VenueHeader venue = PublicListsController.venue(this.places, segment, code);
		if (user == null) {
			throw new AccessDeniedException("sign in to publish");
		}
		int number = this.postings.publish(venue, user);
		this.pages.invalidate();
		redirect.addFlashAttribute("message",
				this.messages.getMessage("publication.posting.published", new Object[] { number }, locale));
		return "redirect:" + venue.publicPath() + "/postings/" + number;
	}

	@GetMapping("/public/{segment:stations|homes}/{code}/postings/{reference}")
	String posting(@PathVariable String segment, @PathVariable String code, @PathVariable String reference,
			HttpServletRequest request, Model model) {
		VenueHeader venue = PublicListsController.venue(this.places, segment, code);
		PostingView posting = this.postings.posting(venue, reference).orElseThrow(NotFoundException::new);
		addPosting(model::addAttribute, venue, posting, request);
		return VIEW_POSTING;
	}

	@GetMapping("/public/{segment:stations|homes}/{code}/postings/{reference}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String segment, @PathVariable String code, @PathVariable String reference,
			HttpServletRequest request, Locale locale) throws java.io.IOException {
		VenueHeader venue = PublicListsController.venue(this.places, segment, code);
		PostingView posting = this.postings.posting(venue, reference).orElseThrow(NotFoundException::new);
		Context context = new Context(locale);
		addPosting(context::setVariable, venue, posting, request);
		context.setVariable("css",
				new ClassPathResource("static/css/print.css").getContentAsString(StandardCharsets.UTF_8));
		String xhtml = this.templates.process(TEMPLATE_PDF, context);
		byte[] bytes = this.pdf.render(xhtml, this.addresses.absolute(request, "/"));
		String fileName = venue.code() + "-" + posting.number() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	private void addPosting(java.util.function.BiConsumer<String, Object> model, VenueHeader venue, PostingView posting,
			HttpServletRequest request) {
		String liveUrl = this.addresses.absolute(request, venue.publicPath());
		model.accept("venue", venue);
		model.accept("posting", posting);
		model.accept("liveUrl", liveUrl);
		model.accept("postingUrl", this.addresses.absolute(request, posting.path()));
		model.accept("qrCode", QrCodes.pngDataUri(liveUrl));
		model.accept("suggestionHeaders", ListColumns.headerKeys(ListKind.SUGGESTIONS));
		model.accept("assignmentHeaders", ListColumns.headerKeys(ListKind.ASSIGNMENTS));
		model.accept("resultHeaders", ListColumns.headerKeys(ListKind.RESULTS));
	}

}
