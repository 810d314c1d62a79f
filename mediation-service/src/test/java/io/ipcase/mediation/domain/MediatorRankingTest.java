package io.ipcase.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ipcase.kit.parties.IpKind;
import io.ipcase.mediation.domain.MediatorRanking.Candidate;

class MediatorRankingTest {

    private static final Set<IpKind> PATENTS = EnumSet.of(IpKind.PATENT_INVENTION, IpKind.PATENT_UTILITY_MODEL, IpKind.PATENT_DESIGN);
    private static final Set<IpKind> MARKS = EnumSet.of(IpKind.TRADEMARK);

    private static final List<Candidate> POOL = List.of(
            new Candidate("county-busy", "360402", PATENTS, true, 5),
            new Candidate("county-idle", "360402", PATENTS, true, 0),
            new Candidate("prefecture-idle", "360400", PATENTS, true, 0),
            new Candidate("prefecture-busy", "360400", PATENTS, true, 2),
            new Candidate("province", "360000", PATENTS, true, 0),
            new Candidate("other-county", "360403", PATENTS, true, 0),
            new Candidate("other-province", "350100", PATENTS, true, 0),
            new Candidate("inactive", "360402", PATENTS, false, 0),
            new Candidate("marks-only", "360402", MARKS, true, 0),
            new Candidate("a-tie", "360400", PATENTS, true, 2));

    @ParameterizedTest(name = "{0} in {1}, excluding [{2}], limit {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            PATENT_UTILITY_MODEL | 360402 |                            | 3 | county-idle,county-busy,prefecture-idle
            PATENT_UTILITY_MODEL | 360402 |                            | 9 | county-idle,county-busy,prefecture-idle,a-tie,prefecture-busy,province
            PATENT_UTILITY_MODEL | 360402 | county-idle                | 3 | county-busy,prefecture-idle,a-tie
            PATENT_UTILITY_MODEL | 360403 |                            | 3 | other-county,prefecture-idle,a-tie
            PATENT_UTILITY_MODEL | 360400 |                            | 3 | prefecture-idle,a-tie,prefecture-busy
            PATENT_UTILITY_MODEL | 361000 |                            | 3 | province
            TRADEMARK            | 360402 |                            | 3 | marks-only
            TRADEMARK            | 360403 |                            | 3 |
            COPYRIGHT            | 360402 |                            | 3 |
            PATENT_DESIGN        | 350102 |                            | 3 | other-province
            PATENT_DESIGN        | 360402 | county-idle,county-busy    | 1 | prefecture-idle
            """)
    void mostLocalThenLightestLoadThenById(IpKind kind, String region, String excluded, int limit, String expected) {
        Set<String> without = excluded == null ? Set.of() : Set.of(excluded.split(","));
        List<String> ranked = MediatorRanking.rank(POOL, kind, region, without, limit).stream().map(Candidate::mediatorId).toList();
        assertThat(ranked).containsExactlyElementsOf(expected == null ? List.of() : Arrays.asList(expected.split(",")));
    }
}
