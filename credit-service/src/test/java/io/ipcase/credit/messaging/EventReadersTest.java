package io.ipcase.credit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ipcase.identifiers.ResidentId;
import io.ipcase.identifiers.Uscc;
import io.ipcase.kit.parties.PartyKind;

/** Which kind of subject a party of an upstream event is: what it states, when its identifier fits (docs/domain.md, "Privacy"). */
class EventReadersTest {

    @ParameterizedTest(name = "stated {0}, {1}: {2}")
    @CsvSource(textBlock = """
            # stated,     identifier,         kind
            INDIVIDUAL,   360403199001018776, INDIVIDUAL
            ORGANISATION, 91350100M000100Y43, ORGANISATION
            INDIVIDUAL,   11010519491231002X, INDIVIDUAL
            INDIVIDUAL,   91350100M000100Y43, ORGANISATION
            ORGANISATION, 11010519491231002X, INDIVIDUAL
            ORGANISATION, 360403199001018776, ORGANISATION
            INDIVIDUAL,   USA:E12345678,      INDIVIDUAL
            """)
    void theStatedKindWinsWhereTheIdentifierFitsIt(String stated, String identifier, PartyKind kind) {
        assertThat(EventReaders.kind(new EventReaders.Party(stated, "当事人", identifier, null, null, null, null))).isEqualTo(kind);
    }

    /** the row that matters: an identifier valid as both (a person's, which the USCC check happens to accept) */
    @org.junit.jupiter.api.Test
    void theFixtureIsValidAsBoth() {
        assertThat(ResidentId.isValid("360403199001018776")).isTrue();
        assertThat(Uscc.isValid("360403199001018776")).isTrue();
    }
}
