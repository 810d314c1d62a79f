package io.ipcase.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 重复侵权 (docs/domain.md, "Dishonesty list"): two penalties for the same right within five years, to the day; rulings and
 * rights the memoranda do not cover never count; the same pairs whatever the order of reporting.
 */
class RepeatInfringementTest {

    static final RepeatInfringement RULE = new RepeatInfringement(Period.ofYears(5),
            Set.of("PATENT_INVENTION", "PATENT_UTILITY_MODEL", "PATENT_DESIGN", "TRADEMARK"));

    /** an infringement written {@code key:ipKind:P|R:effectiveOn} (P a penalty, R a ruling) */
    static RepeatInfringement.Infringement of(String text) {
        String[] f = text.trim().split(":");
        return new RepeatInfringement.Infringement(f[0], f[1], f[2].equals("P"), LocalDate.parse(f[3]));
    }

    /** outcome: the pairs found, {@code previous>repeating}, or nothing */
    @ParameterizedTest(name = "{0} with [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            b:TRADEMARK:P:2026-03-10            | a:TRADEMARK:P:2021-03-10                                   | a>b
            b:TRADEMARK:P:2026-03-11            | a:TRADEMARK:P:2021-03-10                                   |
            b:TRADEMARK:P:2029-02-28            | a:TRADEMARK:P:2024-02-29                                   | a>b
            b:TRADEMARK:P:2029-03-01            | a:TRADEMARK:P:2024-02-29                                   |
            b:TRADEMARK:P:2026-03-10            | a:TRADEMARK:P:2019-01-01,c:TRADEMARK:P:2024-01-15          | c>b
            b:PATENT_DESIGN:P:2026-03-10        | a:PATENT_UTILITY_MODEL:P:2024-01-15                        | a>b
            b:TRADEMARK:P:2026-03-10            | a:PATENT_UTILITY_MODEL:P:2024-01-15                        |
            b:TRADEMARK:P:2026-03-10            | a:TRADEMARK:R:2024-01-15                                   |
            b:PATENT_UTILITY_MODEL:R:2026-03-10 | a:PATENT_UTILITY_MODEL:P:2024-01-15                        |
            b:COPYRIGHT:P:2026-03-10            | a:COPYRIGHT:P:2024-01-15                                   |
            a:TRADEMARK:P:2021-03-10            | b:TRADEMARK:P:2026-03-10                                   | a>b
            a:TRADEMARK:P:2022-01-01            | b:TRADEMARK:P:2021-01-01,c:TRADEMARK:P:2024-01-01          | b>a;a>c
            b:TRADEMARK:P:2026-03-10            |                                                            |
            """)
    void twoPenaltiesForTheSameRightWithinFiveYears(String added, String others, String pairs) {
        List<RepeatInfringement.Infringement> known = others == null ? List.of()
                : Arrays.stream(others.split(",")).map(RepeatInfringementTest::of).toList();
        List<String> found = RULE.repeatsWith(of(added), known).stream().map(r -> r.previous().key() + ">" + r.repeating().key()).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(pairs == null ? List.of() : Arrays.asList(pairs.split(";")));
    }

    /** Whatever order four penalties are reported in, the same infringements are found repeating the same ones. */
    @Test
    void theOrderOfReportingDoesNotMatter() {
        List<RepeatInfringement.Infringement> all = List.of(of("a:TRADEMARK:P:2018-06-01"), of("b:TRADEMARK:P:2021-03-10"),
                of("c:TRADEMARK:P:2026-03-10"), of("d:TRADEMARK:P:2031-03-11"));
        Set<String> expected = null;
        for (int seed = 0; seed < 24; seed++) {
            List<RepeatInfringement.Infringement> order = new ArrayList<>(all);
            Collections.shuffle(order, new java.util.Random(seed));
            Set<String> repeating = new HashSet<>();
            List<RepeatInfringement.Infringement> known = new ArrayList<>();
            for (RepeatInfringement.Infringement added : order) {
                RULE.repeatsWith(added, known).forEach(r -> repeating.add(r.repeating().key()));
                known.add(added);
            }
            if (expected == null) {
                expected = repeating;
            }
            assertThat(repeating).as("order " + order).isEqualTo(expected);
        }
        // b repeats a, c repeats b; d is five years and a day after c
        assertThat(expected).containsExactlyInAnyOrder("b", "c");
    }
}
