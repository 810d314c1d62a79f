package io.ipcase.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credit repair's conditions against the record: a year listed, the basis performed, no new heavy penalty since listing. */
class RepairConditionsTest {

    static final LocalDate LISTED = LocalDate.of(2026, 5, 28);

    @ParameterizedTest(name = "today {0}, basis performed {1}, later fine {2} effective {3}: {4}")
    @CsvSource(textBlock = """
            # today,    performed on, later fine, later effective, long enough/performed/no heavy
            2027-05-27, 2026-06-10,   ,           ,                false/true/true
            2027-05-28, 2026-06-10,   ,           ,                true/true/true
            2027-05-28, ,             ,           ,                true/false/true
            2027-05-28, 2026-06-10,   100000,     2026-12-01,      true/true/false
            2027-05-28, 2026-06-10,   99999,      2026-12-01,      true/true/true
            2027-05-28, 2026-06-10,   100000,     2026-05-28,      true/true/true
            """)
    void conditionsAreCheckedAgainstTheRecord(LocalDate today, LocalDate performedOn, BigDecimal laterFine, LocalDate laterEffective,
            String expected) {
        RepairConditions.Fact basis = new RepairConditions.Fact("浔市监知罚决〔2026〕3号", LocalDate.of(2026, 5, 1), new BigDecimal("20000"), performedOn,
                null);
        List<RepairConditions.Fact> later = laterFine == null ? List.of()
                : List.of(new RepairConditions.Fact("浔市监知罚决〔2026〕9号", laterEffective, laterFine, null, null));
        List<RepairConditions.Check> checks = RepairConditions.assess(LISTED, Period.ofYears(1), List.of(basis), later, new BigDecimal("100000"), today);
        String[] met = expected.split("/");
        assertThat(checks.get(0).met()).isEqualTo(Boolean.valueOf(met[0]));
        assertThat(checks.get(1).met()).isEqualTo(Boolean.valueOf(met[1]));
        assertThat(checks.get(2).met()).isEqualTo(Boolean.valueOf(met[2]));
        // correction is not on record: always for the officer to check
        assertThat(checks.get(3).met()).isNull();
    }
}
