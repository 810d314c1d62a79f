package io.ipcase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 行政处罚法 Art. 72: 3 % of the fine a day after the payment period, at most the fine (docs/domain.md, "Performance"). */
class LateSurchargeTest {

    @ParameterizedTest(name = "fine {0} due {1}, paid or today {2}: {3}")
    @CsvSource(textBlock = """
            # fine,    payment due, paid or today, surcharge
            8000,      2026-03-17,  2026-03-17,    0.00
            8000,      2026-03-17,  2026-03-16,    0.00
            8000,      2026-03-17,  2026-03-18,    240.00
            8000,      2026-03-17,  2026-04-16,    7200.00
            8000,      2026-03-17,  2026-04-20,    8000.00
            8000,      2026-03-17,  2027-03-17,    8000.00
            333.33,    2026-03-17,  2026-03-18,    10.00
            0.01,      2026-03-17,  2026-03-18,    0.00
            ,          2026-03-17,  2026-04-20,    0.00
            8000,      ,            2026-04-20,    0.00
            """)
    void aFinePaidLateCarriesThreePercentADayUpToTheFine(BigDecimal fine, LocalDate due, LocalDate paidOrToday, BigDecimal surcharge) {
        assertThat(LateSurcharge.accrued(fine, due, paidOrToday)).isEqualByComparingTo(surcharge);
    }
}
