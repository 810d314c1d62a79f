package io.ipcase.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The remedies a decision's notice states (docs/domain.md, "Notices"). */
class RemediesTest {

    @ParameterizedTest(name = "{0}, fined {1}: pay {2}, review {3}, sue {4}, enforced without suit {5}")
    @CsvSource(nullValues = "-", value = {
            // a fine is paid within 15 days of receipt; review within 60 days or suit within six months (行政处罚法 Art. 67, 行政复议法 Art. 20, 行政诉讼法 Art. 46)
            "PENALTY, true,  15 DAYS, 60 DAYS, 6 MONTHS, false",
            // a penalty without a fine (confiscation, an order) owes no payment period
            "PENALTY, false, -,       60 DAYS, 6 MONTHS, false",
            // a warning is a penalty: review or suit
            "WARNING, false, -,       60 DAYS, 6 MONTHS, false",
            // a ruling between parties: suit within 15 days, no review; enforcement if neither suit nor compliance (专利法 Art. 65)
            "RULING,  false, -,       -,       15 DAYS,  true",
            // a ruling never carries a payment period, even if a fine were named by mistake
            "RULING,  true,  -,       -,       15 DAYS,  true",
            // a kind this service does not know: the general rule for an administrative act
            "CONFISCATION, false, -,  60 DAYS, 6 MONTHS, false",
            "-,       true,  15 DAYS, 60 DAYS, 6 MONTHS, false" })
    void aDecisionsNoticeStatesTheRemediesThatApply(String kind, boolean fined, String payment, String review, String lawsuit,
            boolean enforcedWithoutSuit) {
        Remedies remedies = Remedies.forDecision(kind, fined);
        assertThat(text(remedies.payment())).isEqualTo(payment);
        assertThat(text(remedies.review())).isEqualTo(review);
        assertThat(text(remedies.lawsuit())).isEqualTo(lawsuit);
        assertThat(remedies.enforcedWithoutSuit()).isEqualTo(enforcedWithoutSuit);
    }

    private static String text(NoticePeriod period) {
        return period == null ? null : period.amount() + " " + period.unit();
    }
}
