package org.deputyaction.suggestion.register;

import java.time.LocalDate;

import org.deputyaction.organization.AdministrativeLevel;
import org.deputyaction.suggestion.LoopStatus;
import org.deputyaction.suggestion.ResultClass;
import org.deputyaction.suggestion.Satisfaction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words and dates a register may use, in Chinese and English.
 */
class RegisterVocabularyTests {

	private final RegisterVocabulary vocabulary = RegisterVocabulary.get();

	@Test
	void datesAreReadInTheUsualSpreadsheetSpellings() {
		LocalDate day = LocalDate.of(2025, 3, 5);
		for (String text : new String[] { "2025-03-05", "2025/3/5", "2025.3.5", "2025年3月5日", "2025 年 3 月 5 日",
				"20250305", "2025-03-05 00:00:00", "2025-03-05T08:00", "45721" }) {
			assertThat(RegisterPlanner.parseDate(text)).as(text).isEqualTo(day);
		}
		for (String text : new String[] { "2025-02-30", "2025-13-01", "3/5/2025", "yesterday", "12345", "" }) {
			assertThat(RegisterPlanner.parseDate(text)).as(text).isNull();
		}
	}

	@Test
	void headersStatusesAndRatingsAreUnderstoodInBothLanguages() {
		assertThat(this.vocabulary.column("台账编号")).contains(RegisterColumn.REGISTER_NUMBER);
		assertThat(this.vocabulary.column(" Register_Number ")).contains(RegisterColumn.REGISTER_NUMBER);
		assertThat(this.vocabulary.column("满意度")).contains(RegisterColumn.SATISFACTION);
		assertThat(this.vocabulary.column("备注")).isEmpty();
		assertThat(this.vocabulary.status("已办结")).contains(LoopStatus.CLOSED);
		assertThat(this.vocabulary.status("Resolved directly")).contains(LoopStatus.RESOLVED_DIRECTLY);
		assertThat(this.vocabulary.status("replied")).contains(LoopStatus.FED_BACK);
		assertThat(this.vocabulary.status("不予受理")).contains(LoopStatus.DECLINED);
		assertThat(this.vocabulary.status("SUPERVISED")).isEmpty();
		assertThat(this.vocabulary.satisfaction("基本满意")).contains(Satisfaction.BASICALLY_SATISFIED);
		assertThat(this.vocabulary.satisfaction("不满意")).contains(Satisfaction.UNSATISFIED);
		assertThat(this.vocabulary.resultClass("a类")).contains(ResultClass.A);
		assertThat(this.vocabulary.level("州级")).contains(AdministrativeLevel.PREFECTURE);
		for (RegisterColumn column : RegisterColumn.values()) {
			assertThat(this.vocabulary.column(this.vocabulary.chineseHeader(column))).contains(column);
			assertThat(this.vocabulary.column(column.header())).contains(column);
		}
	}

	@Test
	void excelDateFormatsAreToldFromNumberFormats() {
		assertThat(RegisterReader.isDateFormat(14, null)).isTrue();
		assertThat(RegisterReader.isDateFormat(164, "yyyy\"年\"m\"月\"d\"日\"")).isTrue();
		assertThat(RegisterReader.isDateFormat(165, "yyyy-mm-dd")).isTrue();
		assertThat(RegisterReader.isDateFormat(0, "General")).isFalse();
		assertThat(RegisterReader.isDateFormat(2, "0.00")).isFalse();
	}

}
