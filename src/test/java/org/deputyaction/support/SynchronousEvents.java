package org.deputyaction.support;

import java.util.concurrent.Executor;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Runs asynchronous event listeners (Spring Modulith's application module listeners,
 * still after the change committed and in their own transaction) on the thread that
 * committed, so that integration tests are deterministic: when a service call returns,
 * its notifications are written, and no listener's statements land in another test's
 * statement count. A listener that fails still never fails the caller.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SynchronousEvents {

	@Bean
	AsyncConfigurer synchronousAsyncConfigurer() {
		return new AsyncConfigurer() {
			@Override
			public Executor getAsyncExecutor() {
				return new SyncTaskExecutor();
			}
		};
	}

}
