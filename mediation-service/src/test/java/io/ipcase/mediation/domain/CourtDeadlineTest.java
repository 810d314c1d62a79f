package io.ipcase.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The court is told the day before its period ends, and once it has passed. */
class CourtDeadlineTest {

    @ParameterizedTest(name = "due {0}, on {1}: {2}")
    @CsvSource(textBlock = """
            2026-12-14, 2026-12-12,
            2026-12-14, 2026-12-13, APPROACHING
            2026-12-14, 2026-12-14, APPROACHING
            2026-12-14, 2026-12-15, OVERDUE
            2027-01-04, 2026-12-31,
            2027-01-04, 2027-01-05, OVERDUE
            """)
    void toldTheDayBeforeAndOncePassed(LocalDate dueOn, LocalDate today, CourtDeadline.Notice expected) {
        assertThat(CourtDeadline.notice(dueOn, today)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            CONFIRMATION_REQUESTED, ACCEPTANCE
            CONFIRMATION_ACCEPTED,  DECISION
            CONFIRMED,
            AGREEMENT_REACHED,
            """)
    void thePeriodRunningInEachState(MediationState state, CourtDeadline.Period period) {
        assertThat(CourtDeadline.running(state)).isEqualTo(Optional.ofNullable(period));
    }
}
