package org.deputyaction.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The markup kept is made smaller only where a browser shows it the same. */
class RenderedFragmentsTests {

	@Test
	void whiteSpaceAroundALineBreakBecomesOneLineBreak() {
		assertThat(RenderedFragments.compact("<ul>\n\t\t<li>一</li>  \n\n\t\t<li>二</li>\n\t</ul>"))
			.isEqualTo("<ul>\n<li>一</li>\n<li>二</li>\n</ul>");
		assertThat(RenderedFragments.compact("<p>a  b\tc</p>")).as("spaces within a line stay")
			.isEqualTo("<p>a  b\tc</p>");
	}

	@Test
	void preformattedTextAndTextAreasAreLeftAsTheyAre() {
		String textarea = "<form>\n\t\t<textarea name=\"measures\">第一行\n\n    第二行</textarea>\n\t</form>";
		assertThat(RenderedFragments.compact(textarea)).isEqualTo(textarea);
		String pre = "<pre>\n  a\n    b\n</pre>";
		assertThat(RenderedFragments.compact(pre)).isEqualTo(pre);
	}

}
