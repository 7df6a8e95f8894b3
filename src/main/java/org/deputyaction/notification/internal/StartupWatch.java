package org.deputyaction.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline watch's warnings once when the node starts (after the demo data, on a
 * first start) and in the background, so that warnings missed while it was down arrive
 * now; the ladder climbs on the scheduled runs only. Warnings already given are not given
 * again.
 */
@Component
@Order(100)
class StartupWatch implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupWatch.class);

	private final DeadlineWatch watch;

	StartupWatch(DeadlineWatch watch) {
		this.watch = watch;
	}

	@Override
	@Async
	public void run(ApplicationArguments args) {
		DeadlineWatch.Result result = this.watch.run(false);
		log.info("Deadline watch at start: {} items near-due or overdue, {} new messages", result.items(),
				result.messages());
	}

}
