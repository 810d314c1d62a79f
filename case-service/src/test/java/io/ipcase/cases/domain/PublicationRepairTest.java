package io.ipcase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit repair (信用修复): a published decision comes down early once performed and once its band's shortest display is
 * over — moderate 3 months, serious 1 year, minor never early (docs/domain.md, "Publication and display").
 */
class PublicationRepairTest {

    @ParameterizedTest(name = "{0} published {1}, performed {2}, withdrawn {3}, on {4}: {5}")
    @CsvSource(textBlock = """
            # band,   published,  performed, withdrawn, today,      outcome
            MODERATE, 2026-01-31, true,      false,     2026-04-30, shortest-display-running
            MODERATE, 2026-01-31, true,      false,     2026-05-01, down
            MODERATE, 2026-11-30, true,      false,     2027-02-28, shortest-display-running
            MODERATE, 2026-11-30, true,      false,     2027-03-01, down
            MODERATE, 2026-01-31, false,     false,     2026-06-01, not-performed
            MODERATE, 2026-01-31, true,      true,      2026-06-01, not-on-display
            MODERATE, 2026-01-31, true,      false,     2027-02-01, not-on-display
            SERIOUS,  2024-02-29, true,      false,     2025-02-28, shortest-display-running
            SERIOUS,  2024-02-29, true,      false,     2025-03-01, down
            MINOR,    2026-01-31, true,      false,     2026-04-30, shortest-display-running
            MINOR,    2026-01-31, true,      false,     2026-05-01, not-on-display
            """)
    void aPublicationComesDownEarlyOnlyWhenRepaired(DisplayPeriod band, LocalDate published, boolean performed, boolean withdrawn, LocalDate today,
            String outcome) {
        PublicationRepair repair = new PublicationRepair(band, published, band.lastDay(published), withdrawn);
        if (outcome.equals("down")) {
            assertThat(repair.takeDown(performed, "已缴清罚款并完成整改", today)).isEqualTo("信用修复 / credit repair: 已缴清罚款并完成整改");
        } else {
            assertThatThrownBy(() -> repair.takeDown(performed, "已缴清罚款并完成整改", today))
                    .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.rule()).isEqualTo(outcome));
        }
    }
}
