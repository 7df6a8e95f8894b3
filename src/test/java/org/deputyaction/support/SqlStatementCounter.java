package org.deputyaction.support;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, so that tests can prove a page costs a
 * bounded number of them. Once reset (just before the request under test), counts only
 * the statements of the thread that reset it, where MockMvc runs the request: work that
 * earlier tests left to other threads (deliveries after a commit, the deadline watch of a
 * context just started) is not the page's.
 */
public class SqlStatementCounter {

	private final AtomicLong count = new AtomicLong();

	private volatile boolean enabled = true;

	/** The thread whose statements are counted; before the first reset, every thread. */
	private volatile Thread counted;

	public void reset() {
		this.counted = Thread.currentThread();
		this.count.set(0);
	}

	public long count() {
		return this.count.get();
	}

	/** A statement sent while recording, with its parameters in order. */
	public record Statement(String sql, java.util.List<Object> parameters) {
	}

	private final java.util.List<Statement> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();

	private volatile boolean recording;

	/** Forgets what was recorded and records the statements sent from now on. */
	public void record() {
		this.counted = Thread.currentThread();
		this.recorded.clear();
		this.recording = true;
	}

	/** Stops recording and returns what was sent since {@link #record()}. */
	public java.util.List<Statement> recorded() {
		this.recording = false;
		return java.util.List.copyOf(this.recorded);
	}

	private boolean counts() {
		Thread counted = this.counted;
		return counted == null || counted == Thread.currentThread();
	}

	void remember(java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
		if (!this.recording || !counts()) {
			return;
		}
		for (net.ttddyy.dsproxy.QueryInfo query : queries) {
			java.util.List<Object> parameters = new java.util.ArrayList<>();
			if (!query.getParametersList().isEmpty()) {
				java.util.List<net.ttddyy.dsproxy.proxy.ParameterSetOperation> operations = new java.util.ArrayList<>(
						query.getParametersList().get(0));
				operations.removeIf((op) -> !(op.getArgs()[0] instanceof Number));
				operations.sort(java.util.Comparator.comparingInt((op) -> ((Number) op.getArgs()[0]).intValue()));
				for (net.ttddyy.dsproxy.proxy.ParameterSetOperation operation : operations) {
					Object[] args = operation.getArgs();
					boolean isNull = operation.getMethod().getName().equals("setNull");
					parameters.add((isNull || args.length < 2) ? null : args[1]);
				}
			}
			this.recorded.add(new Statement(query.getQuery(), parameters));
		}
	}

	void increment(int statements) {
		if (this.enabled && counts()) {
			this.count.addAndGet(statements);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		SqlStatementCounter sqlStatementCounter() {
			return new SqlStatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSourcePostProcessor(
				org.springframework.beans.factory.ObjectProvider<SqlStatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource
							&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
						QueryExecutionListener listener = new QueryExecutionListener() {
							@Override
							public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo execInfo,
									java.util.List<net.ttddyy.dsproxy.QueryInfo> queryInfoList) {
							}

							@Override
							public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo execInfo,
									java.util.List<net.ttddyy.dsproxy.QueryInfo> queryInfoList) {
								counter.getObject().increment(execInfo.isBatch() ? 1 : queryInfoList.size());
								counter.getObject().remember(queryInfoList);
							}
						};
						return ProxyDataSourceBuilder.create(dataSource).name("counting").listener(listener).build();
					}
					return bean;
				}
			};
		}

	}

}
