package org.deputyaction.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

import org.deputyaction.system.ShortLivedCaches;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Switches the short-lived caches on (five minutes) for each test of the class, and off
 * again after it: the other tests run with them off ({@code deputyaction.cache.ttl=0}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CachesOn.Switch.class)
public @interface CachesOn {

	/** Turns the caches on before each test and off after it. */
	class Switch implements BeforeEachCallback, AfterEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			caches(context).ttl(Duration.ofMinutes(5));
		}

		@Override
		public void afterEach(ExtensionContext context) {
			caches(context).ttl(Duration.ZERO);
		}

		private static ShortLivedCaches caches(ExtensionContext context) {
			return SpringExtension.getApplicationContext(context).getBean(ShortLivedCaches.class);
		}

	}

}
