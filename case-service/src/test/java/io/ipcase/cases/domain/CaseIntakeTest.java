package io.ipcase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ipcase.kit.parties.IpKind;

/** What a new case needs: a ruling request names its right holder and concerns a patent; two different officers handle every case. */
class CaseIntakeTest {

    static final Set<IpKind> PATENTS = EnumSet.of(IpKind.PATENT_INVENTION, IpKind.PATENT_UTILITY_MODEL, IpKind.PATENT_DESIGN);

    @ParameterizedTest(name = "{0} on a {1} with {2} complainants, officers {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            INFRINGEMENT_RULING    | PATENT_DESIGN        | 0 | officer-li,officer-sun | complainants
            INFRINGEMENT_RULING    | PATENT_UTILITY_MODEL | 1 | officer-li,officer-sun |
            ADMINISTRATIVE_PENALTY | TRADEMARK            | 0 | officer-li,officer-sun |
            ADMINISTRATIVE_PENALTY | TRADEMARK            | 0 | officer-li,officer-li  | handlingOfficers
            INFRINGEMENT_RULING    | PATENT_INVENTION     | 0 | officer-li,officer-li  | complainants,handlingOfficers
            INFRINGEMENT_RULING    | TRADEMARK            | 1 | officer-li,officer-sun | ipRight.kind
            INFRINGEMENT_RULING    | PLANT_VARIETY        | 1 | officer-li,officer-sun | ipRight.kind
            ADMINISTRATIVE_PENALTY | PLANT_VARIETY        | 0 | officer-li,officer-sun |
            """)
    void aNewCaseNeedsItsRightHolderARightRuledOnHereAndTwoOfficers(CaseTrack track, IpKind kind, int complainants, String officers,
            String misfitFields) {
        List<String> fields = CaseIntake.misfits(track, kind, PATENTS, complainants, Arrays.asList(officers.split(","))).stream()
                .map(CaseIntake.Misfit::field).toList();
        assertThat(fields).isEqualTo(misfitFields == null ? List.of() : Arrays.asList(misfitFields.split(",")));
    }
}
