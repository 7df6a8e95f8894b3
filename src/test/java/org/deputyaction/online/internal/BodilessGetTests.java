package org.deputyaction.online.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class BodilessGetTests {

	@Test
	void aRefusedRequestReadsAsAnEmptyGetAndTellsAReadListenerItIsDone() throws IOException {
		MockHttpServletRequest posted = new MockHttpServletRequest("POST", "/public/stations/X/problems/new");
		posted.setContent("title=flood".getBytes());
		posted.setContentType("application/x-www-form-urlencoded");
		IntakeGuardFilter.BodilessGet refused = new IntakeGuardFilter.BodilessGet(posted);

		ServletInputStream in = refused.getInputStream();
		AtomicBoolean done = new AtomicBoolean();
		in.setReadListener(new ReadListener() {

			@Override
			public void onDataAvailable() {
			}

			@Override
			public void onAllDataRead() {
				done.set(true);
			}

			@Override
			public void onError(Throwable t) {
			}

		});

		assertThat(refused.getMethod()).isEqualTo("GET");
		assertThat(refused.getContentType()).isNull();
		assertThat(in.read()).isEqualTo(-1);
		assertThat(in.isFinished()).isTrue();
		assertThat(done).isTrue();
	}

}
