package org.deputyaction.online.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * The limits of the online channel, from {@code deputyaction.online.*} (README lists
 * their environment variables). Counts are per application node.
 */
@Component
public class OnlineSettings {

	/** The longest a form may stay open before it must be loaded again. */
	public static final Duration MAX_FORM_AGE = Duration.ofHours(24);

	/** The window every limit counts in. */
	public static final Duration WINDOW = Duration.ofHours(1);

	/** Submissions (valid or not) one address may send per window, per accepted one. */
	static final int ATTEMPTS_PER_ACCEPTED = 10;

	/** Room for the text fields and the multipart framing beside the photo. */
	static final long TEXT_ALLOWANCE_BYTES = 256 * 1024;

	private final int perAddress;

	private final int perStation;

	private final DataSize maxPhotoSize;

	private final Duration minFillTime;

	private final int keyAttemptsPerAddress;

	OnlineSettings(@Value("${deputyaction.online.limit-per-address:5}") int perAddress,
			@Value("${deputyaction.online.limit-per-station:30}") int perStation,
			@Value("${deputyaction.online.max-photo-size:5MB}") DataSize maxPhotoSize,
			@Value("${deputyaction.online.min-fill-time:3s}") Duration minFillTime,
			@Value("${deputyaction.online.key-attempts-per-address:10}") int keyAttemptsPerAddress) {
		Assert.isTrue(perAddress > 0 && perStation > 0 && keyAttemptsPerAddress > 0, "online limits must be positive");
		Assert.isTrue(maxPhotoSize.toBytes() > 0, "the photo size limit must be positive");
		this.perAddress = perAddress;
		this.perStation = perStation;
		this.maxPhotoSize = maxPhotoSize;
		this.minFillTime = minFillTime;
		this.keyAttemptsPerAddress = keyAttemptsPerAddress;
	}

	/** Problems one client address may raise per hour. */
	public int perAddress() {
		return this.perAddress;
	}

	/** Problems one station or home may receive online per hour. */
	public int perStation() {
		return this.perStation;
	}

	/**
	 * Form submissions (accepted or refused by validation) one address may send per hour.
	 */
	public int attemptsPerAddress() {
		return this.perAddress * ATTEMPTS_PER_ACCEPTED;
	}

	public long maxPhotoBytes() {
		return this.maxPhotoSize.toBytes();
	}

	/** The largest request body the form may send: the photo and the text. */
	public long maxRequestBytes() {
		return this.maxPhotoSize.toBytes() + TEXT_ALLOWANCE_BYTES;
	}

	/** The shortest time a person takes to fill the form in. */
	public Duration minFillTime() {
		return this.minFillTime;
	}

	/** Wrong keys one address may try on tracking pages per hour. */
	public int keyAttemptsPerAddress() {
		return this.keyAttemptsPerAddress;
	}

}
