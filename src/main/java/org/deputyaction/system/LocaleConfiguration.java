package org.deputyaction.system;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English on request ({@code ?lang=en}), remembered in a cookie. Every
 * module keeps its texts in its own bundle under {@code i18n/}; all are found at
 * start-up.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		resolver.setDefaultLocale(DEFAULT_LOCALE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Bean
	MessageSource messageSource() throws IOException {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(bundleBasenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.ROOT);
		return source;
	}

	/**
	 * The base names of every bundle under {@code classpath:i18n/}, e.g.
	 * {@code classpath:i18n/messages}.
	 */
	static String[] bundleBasenames() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		TreeSet<String> names = new TreeSet<>();
		for (Resource resource : resources) {
			String file = resource.getFilename();
			if (file != null && !file.contains("_")) {
				names.add("classpath:i18n/" + file.substring(0, file.length() - ".properties".length()));
			}
		}
		return names.toArray(String[]::new);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
