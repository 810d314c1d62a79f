package io.ipcase.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ipcase.notification.domain.Respondents.Respondent;

/** Which respondents a case's event is told to (docs/domain.md, "Service of a decision"). */
class RespondentsTest {

    /** A consented to electronic service, B did not, C consented; B is named twice (an event listing it twice is told once). */
    static final List<Respondent> NAMED = List.of(new Respondent("A", "甲公司", "a@example.cn", true), new Respondent("B", "乙", "b@example.cn", false),
            new Respondent("C", "丙公司", null, true), new Respondent("B", "乙", "b@example.cn", false), new Respondent(null, "无标识", "x@example.cn", true));

    @ParameterizedTest(name = "concerning {0}, serving the decision {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // every respondent, each once, in the event's order; one without an identity cannot be told apart and is left out
            "-, false, A B C",
            // the mail that serves the decision: only with written consent (行政处罚法 Art. 61); C has no address but consented — it is
            // planned and reported undeliverable, so the officers serve it otherwise
            "-, true,  A C",
            // a step that concerns one respondent reaches that one only
            "B, false, B",
            "A, false, A",
            // and the service of the decision to it still needs its consent
            "B, true,  -",
            // a respondent the event does not name: nobody
            "Z, false, -" })
    void eachRespondentIsToldOnItsOwn(String concerned, boolean servesTheDecision, String expected) {
        List<String> told = Respondents.told(NAMED, concerned, servesTheDecision).stream().map(Respondent::subjectId).toList();
        assertThat(told).isEqualTo(expected == null ? List.of() : Arrays.asList(expected.split(" ")));
    }
}
