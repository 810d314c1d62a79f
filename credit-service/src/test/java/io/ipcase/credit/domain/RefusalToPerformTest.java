package io.ipcase.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A refusal stands only after a demand made past the payment period, once the demand's own period ran out. */
class RefusalToPerformTest {

    @ParameterizedTest(name = "paid by {0}, demanded {1} until {2}, reported {3}: {4}")
    @CsvSource(textBlock = """
            # payment due, demanded on, demand due, reported on, stands
            2026-05-26,    2026-05-29,  2026-06-08, 2026-06-09,  true
            2026-05-26,    2026-05-29,  2026-06-08, 2026-06-08,  false
            2026-05-26,    2026-05-26,  2026-06-05, 2026-06-09,  false
            2026-05-26,    ,            ,           2026-06-09,  false
            ,              2026-05-12,  2026-05-22, 2026-05-23,  true
            ,              2026-05-12,  2026-05-22, 2026-05-22,  false
            """)
    void aRefusalStandsOnlyAfterTheDemandsPeriod(LocalDate paymentDue, LocalDate demandedOn, LocalDate demandDue, LocalDate reportedOn,
            boolean stands) {
        assertThat(RefusalToPerform.premature(paymentDue, demandedOn, demandDue, reportedOn).isEmpty()).isEqualTo(stands);
    }
}
