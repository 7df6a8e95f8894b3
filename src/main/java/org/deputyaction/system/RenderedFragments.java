package org.deputyaction.system;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The markup of the costly part of a page (a template fragment: a report's tables and
 * charts, a page of a work queue), rendered once and kept for the next readers asking
 * with the same key in the same language, so that the page around it is all that is
 * rendered again. Kept in a {@link ShortLivedCache}: emptied on every change of the
 * closed loop on this node, at most the time-to-live old on others. The key must name
 * everything the fragment shows apart from the language: who may see it (the scope), the
 * request's parameters, the data. A fragment kept for a key must never hold anything
 * personal to the reader or a form's token: forms that post stay outside it.
 */
@Component
public class RenderedFragments {

	/** White space around a line break. */
	private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*\\n\\s*");

	/** How many fragments are kept at most (a fragment is tens of kilobytes). */
	private static final int KEPT = 400;

	private final ViewResolver views;

	private final ShortLivedCache<Key, Kept> kept;

	RenderedFragments(@Qualifier("thymeleafViewResolver") ViewResolver views, ShortLivedCaches caches) {
		this.views = views;
		this.kept = caches.create(KEPT);
	}

	/**
	 * The fragment ({@code "template :: selector"}) rendered for the key: the markup kept
	 * for it, or else rendered with the model once {@code filler} has added to it what
	 * the fragment shows. Without a key (a request that must not share its page, such as
	 * one with a rejected value shown back), it is rendered and not kept. The model
	 * attributes named in {@code alsoKept} (what the page around the fragment shows too)
	 * are kept with it and put back into the model when the markup is given again. A form
	 * that posts may be in the fragment: the form token of the request that rendered it
	 * is replaced, in what every later request gets, by that request's own.
	 */
	public String render(String fragment, Object key, Model model, Runnable filler, HttpServletRequest request,
			HttpServletResponse response, String... alsoKept) {
		Locale locale = RequestContextUtils.getLocale(request);
		if (key == null) {
			filler.run();
			return renderNow(fragment, locale, model.asMap(), request, response);
		}
		Key fullKey = new Key(fragment, locale, key);
		Kept kept = this.kept.find(fullKey);
		if (kept != null) {
			model.addAllAttributes(kept.attributes());
			return kept.markupFor(token(request));
		}
		long generation = this.kept.generation();
		filler.run();
		String markup = renderNow(fragment, locale, model.asMap(), request, response);
		Map<String, Object> attributes = new HashMap<>();
		for (String name : alsoKept) {
			attributes.put(name, model.getAttribute(name));
		}
		String token = token(request);
		kept = Kept.of(compact(markup), token, attributes);
		this.kept.store(fullKey, kept, generation);
		return kept.markupFor(token);
	}

	/**
	 * The markup with each run of white space that holds a line break made one line
	 * break, as a browser shows it (a template's indentation is a fifth of a large page);
	 * markup with preformatted text or a text area, where white space is content, is left
	 * as it is.
	 */
	static String compact(String markup) {
		if (markup.contains("<pre") || markup.contains("<textarea")) {
			return markup;
		}
		return LINE_BREAKS.matcher(markup).replaceAll("\n");
	}

	/** The request's form token as its forms carry it, if it has one. */
	private static String token(HttpServletRequest request) {
		Object token = request.getAttribute(CsrfToken.class.getName());
		return (token instanceof CsrfToken csrf) ? csrf.getToken() : null;
	}

	private String renderNow(String fragment, Locale locale, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		StringWriter markup = new StringWriter(16 * 1024);
		PrintWriter writer = new PrintWriter(markup);
		try {
			View view = this.views.resolveViewName(fragment, locale);
			if (view == null) {
				throw new IllegalStateException("no template for " + fragment);
			}
			view.render(model, request, new Capture(response, writer));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not render " + fragment, ex);
		}
		writer.flush();
		return markup.toString();
	}

	private record Key(String fragment, Locale locale, Object key) {

	}

	/**
	 * A fragment's markup as kept, with the form token of the request that rendered it
	 * replaced by a mark, and the model attributes kept with it.
	 */
	private record Kept(String markup, boolean carriesToken, Map<String, Object> attributes) {

		/** Stands for a form token: no markup Thymeleaf writes holds a NUL character. */
		private static final String TOKEN_MARK = "\u0000token\u0000";

		static Kept of(String markup, String token, Map<String, Object> attributes) {
			boolean carriesToken = token != null && !token.isEmpty() && markup.contains(token);
			return new Kept(carriesToken ? markup.replace(token, TOKEN_MARK) : markup, carriesToken,
					Collections.unmodifiableMap(new HashMap<>(attributes)));
		}

		String markupFor(String token) {
			if (!this.carriesToken) {
				return this.markup;
			}
			if (token == null) {
				throw new IllegalStateException("a kept form needs the request's form token");
			}
			return this.markup.replace(TOKEN_MARK, token);
		}

	}

	/**
	 * The response as the fragment's view sees it: what it writes goes to a string, and
	 * what it would set on the response (type, language, length) is left to the page.
	 */
	private static final class Capture extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		Capture(HttpServletResponse response, PrintWriter writer) {
			super(response);
			this.writer = writer;
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("a fragment is written as text");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void setContentLength(int length) {
		}

		@Override
		public void setContentLengthLong(long length) {
		}

		@Override
		public void flushBuffer() {
		}

	}

}
