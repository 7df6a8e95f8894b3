package org.deputyaction.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small in-memory cache of things that are read far more often than the data behind
 * them changes (rendered public pages, report tables): each value is kept for a short
 * time-to-live, at most a bounded number of them, and all are forgotten when the data
 * changes ({@link #invalidate()}, which also forgets again when the changing transaction
 * ends). A value computed while an invalidation happened is not kept, so that a reader
 * never gets, from memory, data older than the last change made on this node. Other nodes
 * do not hear of the change: there a value is at most the time-to-live old. Made by
 * {@link ShortLivedCaches}, which empties them all on every change of the loop.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class ShortLivedCache<K, V> {

	private final int maxEntries;

	private volatile long ttlNanos;

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	ShortLivedCache(Duration ttl, int maxEntries) {
		this.ttlNanos = ttl.toNanos();
		this.maxEntries = maxEntries;
	}

	/** Sets how long a value is kept (zero: none), forgetting those kept. */
	void ttl(Duration ttl) {
		this.ttlNanos = ttl.toNanos();
		this.entries.clear();
	}

	public boolean enabled() {
		return this.ttlNanos > 0;
	}

	/** The value kept for the key, if it is still fresh; else null. */
	public V find(K key) {
		Entry<V> entry = this.entries.get(key);
		return (entry != null && System.nanoTime() - entry.storedAt() < this.ttlNanos) ? entry.value() : null;
	}

	/** The mark to give {@link #store} for a value computed from now on. */
	public long generation() {
		return this.generation.get();
	}

	/**
	 * Keeps a value computed since {@code generation} was read, unless the data changed
	 * in between or the cache is full of fresh values.
	 */
	public void store(K key, V value, long generation) {
		if (!enabled() || this.generation.get() != generation) {
			return;
		}
		long now = System.nanoTime();
		if (this.entries.size() >= this.maxEntries) {
			this.entries.values().removeIf((e) -> now - e.storedAt() >= this.ttlNanos);
			if (this.entries.size() >= this.maxEntries) {
				return;
			}
		}
		this.entries.put(key, new Entry<>(value, now));
	}

	/**
	 * The fresh value kept for the key, or the loader's (kept for the next reader unless
	 * it is null: a null is never given from memory, so keeping it would only fill the
	 * cache).
	 */
	public V get(K key, Supplier<V> loader) {
		if (!enabled()) {
			return loader.get();
		}
		V value = find(key);
		if (value == null) {
			long before = generation();
			value = loader.get();
			if (value != null) {
				store(key, value, before);
			}
		}
		return value;
	}

	public int size() {
		return this.entries.size();
	}

	/**
	 * Forgets every value now and, inside a transaction, again when it ends (so that no
	 * reader keeps what it read before the change was committed).
	 */
	public void invalidate() {
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget();
				}
			});
		}
	}

	private void forget() {
		this.generation.incrementAndGet();
		this.entries.clear();
	}

	private record Entry<V>(V value, long storedAt) {

	}

}
