package org.deputyaction.publication;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.deputyaction.account.CurrentUser;
import org.deputyaction.support.IntegrationTest;
import org.deputyaction.support.OrganizationFixture;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Postings (公示): who may publish, what a posting keeps, its QR code and PDF, and the
 * privacy sweep over every public page, posting and export.
 */
@IntegrationTest
@Import(OrganizationFixture.class)
class PostingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganizationFixture organization;

	PublicationFixture f;

	String stationPath;

	@BeforeEach
	void createItems() {
		this.f = new PublicationFixture(this.context, this.organization);
		this.stationPath = "/public/stations/" + this.f.station.getCode();
	}

	@Test
	void countyStaffPublishAPostingThatKeepsTheListsAsTheyWere() throws Exception {
		int number = publish(this.f.staff);
		String posting = page(this.stationPath + "/postings/" + number);
		assertThat(posting)
			.contains(this.f.station.getName(), this.f.proposed.number(), this.f.overdue.number(),
					this.f.closed.number(), "修建村口路灯的建议", "第 " + number + " 期")
			.doesNotContain(PublicationFixture.HIDDEN_TITLE);
		for (String list : List.of("suggestions", "assignments", "results")) {
			String kind = list.toUpperCase(java.util.Locale.ROOT);
			assertThat(numbersIn(posting, kind)).as(list)
				.isNotEmpty()
				.containsExactlyElementsOf(numbersIn(page(this.stationPath + "?list=" + list), kind));
		}

		var repliedLater = this.f
			.reply(this.f.assign(this.f.propose("后来答复的建议", true, false), null, this.f.today().plusDays(10), List.of()));
		String later = page(this.stationPath + "/postings/" + number);
		assertThat(numbersIn(later, "RESULTS")).containsExactlyElementsOf(numbersIn(posting, "RESULTS"))
			.doesNotContain(repliedLater.number());
		assertThat(numbersIn(page(this.stationPath + "?list=results"), "RESULTS")).contains(repliedLater.number());

		String live = page(this.stationPath);
		assertThat(live).contains(this.stationPath + "/postings/" + number);
		String byDate = page(
				this.stationPath + "/postings/" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		assertThat(byDate).contains("data-testid=\"posting-venue\"");
		assertThat(page(this.stationPath + "?list=results")).contains(this.f.closed.number(),
				java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
	}

	@Test
	void postingsAreNumberedOneAfterTheOther() throws Exception {
		int first = publish(this.f.staff);
		int second = publish(this.f.staff);
		assertThat(second).isEqualTo(first + 1);
	}

	@Test
	void onlyStaffOfTheCountyOrThePrefectureOfficePublish() throws Exception {
		this.mvc.perform(post(this.stationPath + "/postings").with(csrf()).with(user(this.f.otherCountyStaff)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.stationPath + "/postings").with(csrf()).with(user(this.f.deputy)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.stationPath + "/postings").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		assertThat(page(this.stationPath)).doesNotContain("data-testid=\"publish-form\"");
		String asStaff = this.mvc.perform(get(this.stationPath).with(user(this.f.staff)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(asStaff).contains("data-testid=\"publish-form\"");
	}

	@Test
	void postingsQrCodeLeadsToTheLivePageAddress() throws Exception {
		int number = publish(this.f.staff);
		String posting = page(this.stationPath + "/postings/" + number);
		assertThat(decodeQr(posting)).isEqualTo("http://localhost" + this.stationPath);

		String forwarded = this.mvc.perform(get(this.stationPath + "/postings/" + number).with((request) -> {
			request.setScheme("https");
			request.setServerName("rd.example.cn");
			request.setServerPort(443);
			request.setSecure(true);
			return request;
		})).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(decodeQr(forwarded)).isEqualTo("https://rd.example.cn" + this.stationPath);
	}

	@Test
	void postingDownloadsAsAPdfWithTheChineseStationName() throws Exception {
		int number = publish(this.f.staff);
		byte[] pdf = this.mvc.perform(get(this.stationPath + "/postings/" + number + ".pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(this.f.station.getName(), "代表建议清单", this.f.proposed.number(), "修建村口路灯的建议");
		}
	}

	@Test
	void noVoterNameOrPhoneNorHiddenItemOnAnyPublicPagePostingOrExport() throws Exception {
		int number = publish(this.f.staff);
		String county = "/public/counties/" + this.f.county.getCode();
		List<String> pages = new ArrayList<>(
				List.of("/", county, this.stationPath, this.stationPath + "/postings/" + number));
		for (String list : List.of("suggestions", "assignments", "results")) {
			pages.add(this.stationPath + "?list=" + list);
			pages.add(county + "?list=" + list);
		}
		for (String path : pages) {
			for (String lang : List.of("zh-CN", "en")) {
				String html = page(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
				assertPrivate(path, html);
			}
		}
		for (String list : List.of("suggestions", "assignments", "results")) {
			for (String base : List.of(this.stationPath, county)) {
				assertPrivate(base + " csv " + list,
						new String(bytes(base + "/exports/" + list + ".csv"), StandardCharsets.UTF_8));
				StringBuilder sheet = new StringBuilder();
				try (ReadableWorkbook workbook = new ReadableWorkbook(
						new ByteArrayInputStream(bytes(base + "/exports/" + list + ".xlsx")))) {
					for (Row row : workbook.getFirstSheet().read()) {
						row.stream().forEach((cell) -> sheet.append(cell.getText()).append('|'));
					}
				}
				assertPrivate(base + " xlsx " + list, sheet.toString());
			}
		}
		try (PDDocument document = Loader.loadPDF(bytes(this.stationPath + "/postings/" + number + ".pdf"))) {
			assertPrivate("pdf", new PDFTextStripper().getText(document));
		}
	}

	void assertPrivate(String where, String content) {
		assertThat(content).as(where)
			.doesNotContain(PublicationFixture.VOTER_NAME, PublicationFixture.VOTER_PHONE,
					PublicationFixture.HIDDEN_TITLE, this.f.hidden.number());
	}

	int publish(CurrentUser user) throws Exception {
		String location = this.mvc.perform(post(this.stationPath + "/postings").with(csrf()).with(user(user)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith(this.stationPath + "/postings/");
		return Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
	}

	String page(String path) throws Exception {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	byte[] bytes(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	static String decodeQr(String html) throws Exception {
		Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
		assertThat(m.find()).as("QR code image").isTrue();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

	static List<String> numbersIn(String html, String list) {
		int start = html.indexOf("data-testid=\"table-" + list + "\"");
		if (start < 0) {
			return List.of();
		}
		int end = html.indexOf("</table>", start);
		List<String> numbers = new ArrayList<>();
		Matcher m = Pattern.compile("class=\"text-nowrap\">([^<]*)</td>\\s*<td[^>]*class=\"fw-semibold\"")
			.matcher(html.substring(start, end));
		while (m.find()) {
			numbers.add(m.group(1));
		}
		return numbers;
	}

}
