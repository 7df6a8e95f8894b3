package org.deputyaction.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 4 on a phone: a voter who scanned the QR code of 龙船调代表联络站 raises a problem with
 * a photo, keeps the tracking number and key; 利川市's staff find it in their queue, see the
 * voter's contact and resolve it; the voter's tracking page shows the outcome.
 */
class OnlineProblemBrowserTests extends BrowserTest {

	private static final String DEMO_PASSWORD = "demo-Enshi-2026";

	private static final String STATION = "/public/stations/ES-LC-DT-01";

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@Test
	void aVoterRaisesAProblemOnAPhoneAndFollowsItAfterTheStaffActOnIt() throws IOException {
		String title = "村口垃圾桶满溢 " + Long.toString(System.nanoTime(), 36);
		Page page = open(Screen.PHONE);
		page.navigate(url(STATION));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("反映问题")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("反映问题"))).isVisible();
		page.getByLabel("标题", EXACT).fill(title);
		page.getByLabel("问题描述", EXACT).fill("村口两个垃圾桶已经一周没有清运,气味很大。");
		page.getByLabel("照片(可选)").setInputFiles(new FilePayload("垃圾桶.png", "image/png", png()));
		page.getByLabel("姓名", EXACT).fill("网上选民甲");
		page.getByLabel("电话", EXACT).fill("13900007777");
		page.locator("#consent1").check();
		assertThat(scrollsSideways(page)).as("the form fits a phone").isFalse();
		// A person takes a few seconds to fill the form in; faster submissions are
		// refused.
		page.waitForTimeout(3200);
		page.locator("[data-testid=submit]").click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("问题已收到"))).isVisible();
		assertThat(page.locator("[data-testid=keep-key]")).containsText("请保存好查询编号和私钥");
		String number = page.locator("[data-testid=tracking-number]").innerText().strip();
		String key = page.locator("[data-testid=tracking-key]").innerText().strip();
		assertThat(scrollsSideways(page)).as("the confirmation fits a phone").isFalse();
		assertNoPageErrors();

		page = open(Screen.PHONE);
		page.navigate(url("/public/issues/" + number));
		assertThat(page.locator("[data-testid=progress-title]")).hasCount(0);
		page.getByLabel("私钥").fill(key);
		page.locator("[data-testid=open]").click();
		assertThat(page.locator("[data-testid=progress-title]")).hasText(title);
		assertThat(page.locator("[data-testid=progress-status]")).hasText("待处理");

		page = open(Screen.DESKTOP);
		signIn(page, "staff-lichuan");
		page.navigate(url("/work"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(page.locator("[data-testid=online-badge]")).isVisible();
		assertThat(page.locator("main")).containsText("网上选民甲");
		assertThat(page.locator("main")).containsText("13900007777");
		assertThat(page.locator("[data-testid=attachment-link]")).containsText("垃圾桶.png");
		page.locator("details[data-action=resolve] summary").click();
		page.locator("#reason-resolve").fill("已通知保洁公司当天清运,并增加清运次数。");
		page.locator("details[data-action=resolve] button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("当场解决");
		assertNoPageErrors();

		page = open(Screen.PHONE);
		page.navigate(url("/public/issues/" + number + "?key=" + key));
		assertThat(page.locator("[data-testid=progress-status]")).hasText("已当场解决");
		assertThat(page.locator("[data-step=RESOLVED_DIRECTLY]")).containsText("已通知保洁公司当天清运");
		assertThat(page.locator("main")).not().containsText("网上选民甲");
		assertThat(page.locator("main")).not().containsText("13900007777");
		assertThat(scrollsSideways(page)).as("the tracking page fits a phone").isFalse();
		assertNoPageErrors();
	}

	private void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(DEMO_PASSWORD);
		page.locator("main#main form button[type=submit]").click();
		assertThat(page.locator("[data-testid=role-home-COUNTY_STAFF]")).isVisible();
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				image.setRGB(x, y, ((x + y) % 6 < 3) ? Color.GREEN.getRGB() : Color.GRAY.getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
