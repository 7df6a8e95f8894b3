package org.deputyaction.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test on the embedded PostgreSQL with the demo data, MockMvc with the
 * real security configuration, a {@link SqlStatementCounter} and a {@link MutableClock}.
 * All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ SqlStatementCounter.Configuration.class, MutableClock.Configuration.class, SynchronousEvents.class })
public @interface IntegrationTest {

}
