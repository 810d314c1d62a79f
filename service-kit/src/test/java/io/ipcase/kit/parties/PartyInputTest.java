package io.ipcase.kit.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ipcase.identifiers.IdentityDocument;
import io.ipcase.kit.problem.Problem;

/**
 * Who may be a party, identified how (docs/domain.md, "Identifiers"): an organisation by its USCC or, registered abroad,
 * its home register's number with the country; an individual by a resident ID, a travel permit of Hong Kong, Macao or
 * Taiwan residents, a foreign permanent resident ID or a passport with its nationality.
 */
class PartyInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "{0} by {1} {2} ({3}): {4} {5}")
    @CsvSource(textBlock = """
            # kind,       id type,                       number,             country, field or subject id,  message start
            ORGANISATION, ,                              ,                   ,        91350100M000100Y43,
            ORGANISATION, FOREIGN_REGISTRATION,          C0806592,           USA,     USA:C0806592,
            ORGANISATION, FOREIGN_REGISTRATION,          12345678,           HKG,     HKG:12345678,
            ORGANISATION, FOREIGN_REGISTRATION,          C0806592,           ,        nationality,          is required for a
            ORGANISATION, FOREIGN_REGISTRATION,          C0806592,           CHN,     nationality,          must be an ISO 3166
            ORGANISATION, FOREIGN_REGISTRATION,          C0806592,           XYZ,     nationality,          must be an ISO 3166
            ORGANISATION, PASSPORT,                      E12345678,          USA,     idType,               must be FOREIGN_REGISTRATION
            INDIVIDUAL,   ,                              11010519491231002X, ,        11010519491231002X,
            INDIVIDUAL,   ,                              11010519491231002Y, ,        idNumber,             is not a valid resident identity number
            INDIVIDUAL,   ,                              ,                   ,        idNumber,             is required for an individual
            INDIVIDUAL,   RESIDENT_ID,                   11010519491231002X, ,        11010519491231002X,
            INDIVIDUAL,   HK_MACAO_PERMIT,               H12345678,          ,        H12345678,
            INDIVIDUAL,   HK_MACAO_PERMIT,               h12345678,          ,        idNumber,             is not a valid document number
            INDIVIDUAL,   TAIWAN_PERMIT,                 12345678,           ,        12345678,
            INDIVIDUAL,   FOREIGN_PERMANENT_RESIDENT_ID, 932682198501010017, ,        932682198501010017,
            INDIVIDUAL,   PASSPORT,                      E12345678,          USA,     USA:E12345678,
            INDIVIDUAL,   PASSPORT,                      E12345678,          ,        nationality,          is required for a
            INDIVIDUAL,   PASSPORT,                      ,                   USA,     idNumber,             is required for a
            INDIVIDUAL,   FOREIGN_REGISTRATION,          C0806592,           USA,     idType,               must be RESIDENT_ID
            """)
    void aPartyIsIdentifiedByTheDocumentItNames(PartyKind kind, IdentityDocument idType, String number, String country, String outcome,
            String message) {
        String uscc = kind == PartyKind.ORGANISATION && idType == null ? "91350100M000100Y43" : null;
        PartyInput party = new PartyInput(kind, "当事人", uscc, number, idType, country, null, null, null, null);
        List<Problem.FieldError> errors = new ArrayList<>();
        PartyInput.checkIdentities("respondents", List.of(party), TODAY, errors);
        if (message == null) {
            assertEquals(List.of(), errors);
            assertEquals(outcome, party.subjectId());
        } else {
            assertEquals(1, errors.size(), errors.toString());
            Problem.FieldError e = errors.get(0);
            assertEquals("respondents[0]." + outcome, e.field());
            assertTrue(e.message().startsWith(message), e.message());
            // the message never echoes the number: it is personal data
            assertFalse(number != null && e.message().contains(number), e.message());
        }
    }

    /** a birth date in a resident ID is judged against the service's day, not the machine's */
    @ParameterizedTest(name = "born {0}, today {1}: valid {2}")
    @CsvSource(textBlock = """
            360402202506010014, 2026-03-02, true
            36040220250602001X, 2025-06-01, false
            """)
    void todayComesFromTheCaller(String id, LocalDate today, boolean valid) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PartyInput.checkIdentities("complainants", List.of(new PartyInput(PartyKind.INDIVIDUAL, "张三", null, id, null, null, null, null, null, null)),
                today, errors);
        assertEquals(valid, errors.isEmpty(), errors.toString());
    }

    /** an organisation's legal representative is identified like an individual; an individual has none (docs/domain.md) */
    @ParameterizedTest(name = "{0} with representative {1} {2} ({3}): {4} {5}")
    @CsvSource(textBlock = """
            # kind,       id type,   number,             country, field or subject id,                     message start
            ORGANISATION, ,          11010519491231002X, ,        11010519491231002X,
            ORGANISATION, PASSPORT,  E12345678,          USA,     USA:E12345678,
            ORGANISATION, ,          11010519491231002Y, ,        legalRepresentative.idNumber,            is not a valid resident identity number
            ORGANISATION, ,          ,                   ,        legalRepresentative.idNumber,            is required for an individual
            ORGANISATION, PASSPORT,  E12345678,          ,        legalRepresentative.nationality,         is required for a
            ORGANISATION, FOREIGN_REGISTRATION, C0806592, USA,    legalRepresentative.idType,              must be RESIDENT_ID
            INDIVIDUAL,   ,          11010519491231002X, ,        legalRepresentative,                     only an organisation
            """)
    void anOrganisationsLegalRepresentativeIsIdentifiedLikeAPerson(PartyKind kind, IdentityDocument idType, String number, String country,
            String outcome, String message) {
        LegalRepresentative rep = new LegalRepresentative("王建国", idType, number, country);
        PartyInput party = new PartyInput(kind, "当事人", kind == PartyKind.ORGANISATION ? "91350100M000100Y43" : null,
                kind == PartyKind.INDIVIDUAL ? "11010519491231002X" : null, null, null, null, null, null, null, rep);
        List<Problem.FieldError> errors = new ArrayList<>();
        PartyInput.checkIdentities("respondents", List.of(party), TODAY, errors);
        if (message == null) {
            assertEquals(List.of(), errors);
            assertEquals(outcome, rep.subjectId());
        } else {
            assertEquals(1, errors.size(), errors.toString());
            assertEquals("respondents[0]." + outcome, errors.get(0).field());
            assertTrue(errors.get(0).message().startsWith(message), errors.get(0).message());
        }
    }
}
