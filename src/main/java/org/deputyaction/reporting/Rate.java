package org.deputyaction.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate with the counts it divides. With nothing to divide by there is no rate (shown as
 * a dash), never 0% or 100%.
 */
public record Rate(long numerator, long denominator) {

	public boolean defined() {
		return this.denominator > 0;
	}

	/** Percent with one decimal, rounded half up; null when undefined. */
	public BigDecimal percent() {
		if (!defined()) {
			return null;
		}
		return BigDecimal.valueOf(this.numerator)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(this.denominator), 1, RoundingMode.HALF_UP);
	}

	/** "93.2%", or "—" when there is nothing to divide by. */
	public String text() {
		return defined() ? percent().toPlainString() + "%" : "\u2014";
	}

}
