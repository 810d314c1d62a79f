package io.ipcase.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepeatInfringementTest {

    @ParameterizedTest(name = "{0} after [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-10 | 2021-03-10                       | 2021-03-10
            2026-03-11 | 2021-03-10                       |
            2026-03-10 | 2026-03-10                       | 2026-03-10
            2026-03-10 | 2026-03-11                       |
            2029-02-28 | 2024-02-29                       | 2024-02-29
            2029-03-01 | 2024-02-29                       |
            2026-03-10 | 2019-01-01,2022-06-30,2024-01-15 | 2024-01-15
            2026-03-10 | 2019-01-01,2020-06-30            |
            2026-03-10 |                                  |
            """)
    void aSecondInfringementWithinFiveYearsToTheDay(LocalDate effective, String earlier, LocalDate repeated) {
        List<LocalDate> previous = earlier == null ? List.of() : Arrays.stream(earlier.split(",")).map(LocalDate::parse).toList();
        assertThat(RepeatInfringement.repeats(effective, previous, Period.ofYears(5))).isEqualTo(Optional.ofNullable(repeated));
    }
}
