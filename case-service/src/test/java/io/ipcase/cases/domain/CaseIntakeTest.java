package io.ipcase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a new case needs: a ruling request names its right holder; two different officers handle every case. */
class CaseIntakeTest {

    @ParameterizedTest(name = "{0} with {1} complainants, officers {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            INFRINGEMENT_RULING    | 0 | officer-li,officer-sun | complainants
            INFRINGEMENT_RULING    | 1 | officer-li,officer-sun |
            ADMINISTRATIVE_PENALTY | 0 | officer-li,officer-sun |
            ADMINISTRATIVE_PENALTY | 0 | officer-li,officer-li  | handlingOfficers
            INFRINGEMENT_RULING    | 0 | officer-li,officer-li  | complainants,handlingOfficers
            """)
    void aNewCaseNeedsItsRightHolderAndTwoOfficers(CaseTrack track, int complainants, String officers, String misfitFields) {
        List<String> fields = CaseIntake.misfits(track, complainants, Arrays.asList(officers.split(","))).stream()
                .map(CaseIntake.Misfit::field).toList();
        assertThat(fields).isEqualTo(misfitFields == null ? List.of() : Arrays.asList(misfitFields.split(",")));
    }
}
