package org.deputyaction.browser;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 3: the prefecture office opens the reports from its landing page, drills down
 * from the prefecture to 利川市, to 都亭街道 and to the 龙船调 station, and exports the station's
 * table to Excel.
 */
class ReportBrowserTests extends BrowserTest {

	@ParameterizedTest(name = "{0}")
	@EnumSource(Screen.class)
	void officeDrillsDownToAStationAndExportsItToExcel(Screen screen) throws Exception {
		Page page = open(screen);
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill("office");
		page.getByLabel("密码").fill("demo-Enshi-2026");
		page.locator("main#main form button[type=submit]").click();
		page.locator("[data-testid=home-reports]").click();

		assertThat(page.locator("[data-testid=report-dashboard]")).isVisible();
		assertThat(page.locator("[data-testid=bar-chart]")).isVisible();
		assertThat(page.locator("[data-testid=report-table] tbody tr")).hasCount(8);
		assertThat(page.locator("[data-testid=card-closureRate]")).isVisible();

		page.locator("[data-testid=report-table] tbody a[data-testid=drill]",
				new Page.LocatorOptions().setHasText("利川市"))
			.click();
		assertThat(page.locator("[data-testid=crumb-county]")).hasText("利川市");
		page.locator("[data-testid=report-table] tbody a[data-testid=drill]",
				new Page.LocatorOptions().setHasText("都亭街道"))
			.click();
		assertThat(page.locator("[data-testid=crumb-township]")).hasText("都亭街道");
		page.locator("[data-testid=report-table] tbody a[data-testid=drill]",
				new Page.LocatorOptions().setHasText("龙船调代表联络站"))
			.click();
		assertThat(page.locator("[data-testid=crumb-venue]")).hasText("龙船调代表联络站");
		assertThat(page.locator("[data-testid=report-heading]")).containsText("龙船调代表联络站");
		assertThat(scrollsSideways(page)).as(() -> widerThanTheWindow(page)).isFalse();
		assertNoPageErrors();

		Download download = page.waitForDownload(() -> page.locator("[data-testid=export-xlsx]").click());
		assertThat(download.suggestedFilename()).startsWith("report-group-").endsWith(".xlsx");
		Path file = download.path();
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("代表小组");
			assertThat(rows.get(0).getCellText(3)).isEqualTo("办结率");
			assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("合计 龙船调代表联络站");
		}
	}

}
