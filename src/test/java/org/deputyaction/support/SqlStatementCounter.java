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
 * bounded number of them. Counts every statement on every thread: reset just before the
 * request under test.
 */
public class SqlStatementCounter {

	private final AtomicLong count = new AtomicLong();

	private volatile boolean enabled = true;

	public void reset() {
		this.count.set(0);
	}

	public long count() {
		return this.count.get();
	}

	void increment(int statements) {
		if (this.enabled) {
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
