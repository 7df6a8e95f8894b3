package org.deputyaction.publication.web;

import jakarta.servlet.DispatcherType;
import org.deputyaction.system.ShortLivedCaches;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public page cache ({@link PublicPageCache}): inside Spring Security's filter chain
 * (so that the security headers are written on every answer, and the reader is known to
 * be anonymous), emptied on every change of the loop ({@code ShortLivedCaches}) and on
 * every posting ({@link PostingController}).
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
	PublicPageCache publicPageCache(ShortLivedCaches caches, LocaleResolver localeResolver) {
		return new PublicPageCache(caches.create(MAX_ENTRIES), localeResolver);
	}

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.addUrlPatterns("/", "/public/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(ORDER);
		return registration;
	}

}
