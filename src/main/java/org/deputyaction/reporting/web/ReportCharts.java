package org.deputyaction.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.deputyaction.reporting.Rate;
import org.deputyaction.reporting.ReportRow;

/**
 * Server-drawn SVG charts of the closure rate: a bar per row, and a line over the months.
 * Coordinates are computed here; the templates only place them. Each chart has its table
 * beside it on the page.
 */
public final class ReportCharts {

	static final int WIDTH = 640;

	static final int LABEL_WIDTH = 150;

	static final int BAR_HEIGHT = 22;

	static final int GAP = 6;

	static final int VALUE_WIDTH = 60;

	static final int TREND_HEIGHT = 220;

	static final int TREND_TOP = 14;

	static final int TREND_BOTTOM = 30;

	static final int TREND_LEFT = 40;

	private ReportCharts() {
	}

	/** One bar: its row's label, its length and the rate written after it. */
	public record Bar(String label, String labelKey, int y, int length, String value, Rate rate) {

		public int textY() {
			return this.y + BAR_HEIGHT - 6;
		}

	}

	/** The bar chart's bars and its height. */
	public record Bars(List<Bar> bars, int width, int height, int barX, int valueX) {

	}

	/** One point of the trend line. */
	public record Point(String label, int x, int y, String value, boolean defined) {

	}

	/** The trend chart: points, the line through the defined ones, and the axis ticks. */
	public record Trend(List<Point> points, String line, int width, int height, int baseY, int topY, int left,
			int right) {

	}

	static Bars bars(List<ReportRow> rows) {
		List<Bar> bars = new ArrayList<>();
		int scale = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
		int y = 0;
		for (ReportRow row : rows) {
			Rate rate = row.measures().closureRate();
			int length = rate.defined() ? percentOf(rate.percent(), scale) : 0;
			bars.add(new Bar(row.label(), row.labelKey(), y, length, rate.text(), rate));
			y += BAR_HEIGHT + GAP;
		}
		return new Bars(bars, WIDTH, Math.max(y, BAR_HEIGHT), LABEL_WIDTH, LABEL_WIDTH);
	}

	static Trend trend(List<ReportRow> months) {
		List<Point> points = new ArrayList<>();
		int right = WIDTH - 20;
		int plot = TREND_HEIGHT - TREND_TOP - TREND_BOTTOM;
		int base = TREND_TOP + plot;
		int n = months.size();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < n; i++) {
			ReportRow row = months.get(i);
			Rate rate = row.measures().closureRate();
			int x = (n == 1) ? (TREND_LEFT + right) / 2 : TREND_LEFT + (right - TREND_LEFT) * i / (n - 1);
			int y = rate.defined() ? base - percentOf(rate.percent(), plot) : base;
			points.add(new Point(row.label(), x, y, rate.text(), rate.defined()));
			if (rate.defined()) {
				line.append((line.length() == 0) ? "" : " ").append(x).append(',').append(y);
			}
		}
		return new Trend(points, line.toString(), WIDTH, TREND_HEIGHT, base, TREND_TOP, TREND_LEFT, right);
	}

	private static int percentOf(BigDecimal percent, int length) {
		return percent.multiply(BigDecimal.valueOf(length))
			.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP)
			.intValue();
	}

}
