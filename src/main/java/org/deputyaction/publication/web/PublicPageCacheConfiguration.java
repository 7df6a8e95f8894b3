package org.deputyaction.publication.web;

import java.time.Duration;

import jakarta.servlet.DispatcherType;
import org.deputyaction.system.ShortLivedCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public page cache ({@link PublicPageCache}): inside Spring Security's filter chain
 * (so that the security headers are written on every answer, and the reader is known to
 * be anonymous), emptied after every committed change.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfiguration {

	/** After Spring Security's filter chain (-100) has set the reader. */
	static final int ORDER = -90;

	/**
	 * How many pages (addresses and queries × languages) are kept at most: pages weigh 3
	 * to 60 KB, so at most some 30 MB however many addresses are asked for.
	 */
	static final int MAX_ENTRIES = 500;

	@Bean
	PublicPageCache publicPageCache(@Value("${deputyaction.cache.ttl:30s}") Duration ttl,
			LocaleResolver localeResolver) {
		return new PublicPageCache(ttl, MAX_ENTRIES, localeResolver);
	}

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.addUrlPatterns("/", "/public/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(ORDER);
		return registration;
	}

	@Bean
	PublicPageInvalidation publicPageInvalidation(PublicPageCache cache) {
		return new PublicPageInvalidation(cache);
	}

	/**
	 * Empties the cache after every event of the closed loop (the suggestion module's
	 * events: a problem recorded, a suggestion proposed, assigned, replied, rated, ...)
	 * at once and again when its transaction ends. Postings empty it themselves
	 * ({@link PostingController}); the rest (an organisation's names, voters' on-site
	 * ratings) shows within the time-to-live.
	 */
	static final class PublicPageInvalidation {

		private final PublicPageCache cache;

		PublicPageInvalidation(PublicPageCache cache) {
			this.cache = cache;
		}

		@EventListener
		void on(Object event) {
			if (ShortLivedCache.isLoopEvent(event)) {
				this.cache.invalidate();
			}
		}

	}

}
