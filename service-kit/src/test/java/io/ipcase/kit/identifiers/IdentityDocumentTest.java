package io.ipcase.kit.identifiers;

import io.ipcase.identifiers.IdentityDocument;

import static io.ipcase.identifiers.IdentityDocument.FOREIGN_PERMANENT_RESIDENT_ID;
import static io.ipcase.identifiers.IdentityDocument.FOREIGN_REGISTRATION;
import static io.ipcase.identifiers.IdentityDocument.HK_MACAO_PERMIT;
import static io.ipcase.identifiers.IdentityDocument.PASSPORT;
import static io.ipcase.identifiers.IdentityDocument.RESIDENT_ID;
import static io.ipcase.identifiers.IdentityDocument.TAIWAN_PERMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The check characters in these tables were computed with a separate throwaway program, not by hand. */
class IdentityDocumentTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            11010519491231002X, example from docs/domain.md
            360402202506010014, born today
            830000198001010018, a Taiwan resident's residence permit
            810000198001010014, a Hong Kong resident's residence permit
            """)
    void residentIdAcceptsWhatResidentIdAccepts(String number, String why) {
        assertTrue(RESIDENT_ID.isValid(number, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            110105194912310021,  wrong check character
            11010519491231002x,  lower-case x
            36040220250602001X,  born tomorrow although the check matches
            944840202506010016,  a permanent resident's number
            H12345678,           a travel permit's number
            '',                  empty
            """)
    void residentIdRejectsWhatResidentIdRejects(String number, String why) {
        assertFalse(RESIDENT_ID.isValid(number, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            H12345678,   Hong Kong card since 2013
            M12345678,   Macao card since 2013
            H1234567801, older permit with renewal count 01
            M0000000000, older permit of Macao
            """)
    void hongKongMacaoPermitAccepts(String number, String why) {
        assertTrue(HK_MACAO_PERMIT.isValid(number, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            h12345678,     lower-case h
            m1234567801,   lower-case m
            A12345678,     neither H nor M
            T12345678,     neither H nor M
            H1234567,      7 digits
            H123456789,    9 digits
            H12345678901,  11 digits
            H1234567A,     letter among the digits
            12345678,      no letter
            HM1234567,     two letters
            ' H12345678',  leading blank
            '',            empty
            """)
    void hongKongMacaoPermitRejects(String number, String why) {
        assertFalse(HK_MACAO_PERMIT.isValid(number, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            12345678,      card since 2015
            07257456,      card with a leading zero
            1234567890,    booklet with issue count
            1234567890(B), booklet with the issuing office's letter
            0561682001(D), booklet with the issuing office's letter
            1234567890(1), booklet with the issuing office's digit
            """)
    void taiwanPermitAccepts(String number, String why) {
        assertTrue(TAIWAN_PERMIT.isValid(number, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            1234567,          7 digits
            123456789,        9 digits
            12345678901,      11 digits
            1234567890(b),    lower-case office letter
            1234567890B,      office letter without parentheses
            1234567890(AB),   two office letters
            1234567890(),     empty parentheses
            1234567890(B,     unclosed parenthesis
            12345678(B),      office letter after 8 digits
            '1234567890 (B)', blank before the parenthesis
            F290299977,       one-time short-term permit
            1234567A,         letter among the digits
            '',               empty
            """)
    void taiwanPermitRejects(String number, String why) {
        assertFalse(TAIWAN_PERMIT.isValid(number, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            932682198501010017, published example of the 2023 card (Jiangsu, 682)
            911398199012310021, Beijing and Kazakhstan (398)
            95084019801231019X, X as check character
            944840202506010016, born today
            911840190001010017, born in 1900
            931392200002290021, 29 February of a leap year
            965840198001010016, Xinjiang (65) the last province
            KAZ110090123105,    published example of the 2017 card
            USA310085010110,    2017 card of a US national
            DEU440000022904,    2017 card born 29 February 2000
            KAZ110090123107,    2017 card with another check digit: its algorithm is unconfirmed so any digit passes
            """)
    void permanentResidentIdAccepts(String number, String why) {
        assertTrue(FOREIGN_PERMANENT_RESIDENT_ID.isValid(number, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            932682198501010010,  wrong check character
            95084019801231019x,  lower-case x
            950840198012310190,  0 instead of the X check character
            93268219850101001,   17 characters
            9326821985010100170, 19 characters
            11010519491231002X,  a resident ID (not starting with 9)
            944156198001010014,  China's own code 156 although the check matches
            944000198001010017,  country code 000 although the check matches
            971840198001010014,  Taiwan (71) is no mainland province although the check matches
            981840198001010016,  Hong Kong (81) is no mainland province although the check matches
            999840198001010015,  no province 99 although the check matches
            910840198001010012,  no province 10 although the check matches
            966840198001010017,  no province 66 although the check matches
            944840199902310016,  31 February although the check matches
            944840199902290019,  29 February 1999 although the check matches
            944840199913010019,  month 13 although the check matches
            944840199901000016,  day 00 although the check matches
            944840202506020011,  born tomorrow although the check matches
            944840189912310010,  born in 1899 although the check matches
            9448401980A101001X,  letter in the body
            CHN110090123108,     2017 card of China's own code
            kaz110090123105,     2017 card in lower case
            Kaz110090123105,     2017 card in mixed case
            XXX110090123105,     2017 card of no country
            KA1110090123105,     2017 card with a digit in the nationality
            KAZ11009012310,      2017 card of 14 characters
            KAZ1100901231055,    2017 card of 16 characters
            KAZ110099023105,     2017 card born 30 February
            KAZ110025022905,     2017 card born 29 February of 1925 or 2025
            KAZ110090133105,     2017 card born in month 13
            KAZ110090123100A,    2017 card with a letter as check digit
            KAZ11A090123105,     2017 card with a letter in the place code
            KAZ11009012310X,     2017 card with X as check digit
            '',                  empty
            """)
    void permanentResidentIdRejects(String number, String why) {
        assertFalse(FOREIGN_PERMANENT_RESIDENT_ID.isValid(number, TODAY));
    }

    @Test
    void judgesThePermanentResidentsBirthDateAgainstTheGivenDay() {
        assertFalse(FOREIGN_PERMANENT_RESIDENT_ID.isValid("944840202506010016", LocalDate.of(2025, 5, 31)));
        assertTrue(FOREIGN_PERMANENT_RESIDENT_ID.isValid("944840202506010016", LocalDate.of(2025, 6, 1)));
        // the 2017 number has no century: 29 February 00 is only a date in 2000
        assertFalse(FOREIGN_PERMANENT_RESIDENT_ID.isValid("DEU440000022904", LocalDate.of(2000, 2, 28)));
        assertTrue(FOREIGN_PERMANENT_RESIDENT_ID.isValid("DEU440000022904", LocalDate.of(2000, 2, 29)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            E12345678,            9 characters
            123456789,            digits only
            AB123,                5 characters
            X1234567890123456789, 20 characters
            C01X00T47,            letters among the digits
            """)
    void passportAccepts(String number, String why) {
        assertTrue(PASSPORT.isValid(number, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            ABCDEFGH,              no digit
            e12345678,             lower case
            AB12,                  4 characters
            X12345678901234567890, 21 characters
            'E 1234567',           blank inside
            ' E12345678',          leading blank
            E-1234567,             hyphen
            E1234567<,             MRZ filler
            Ｅ12345678,             full-width letter
            É12345678,             accented letter
            '',                    empty
            """)
    void passportRejects(String number, String why) {
        assertFalse(PASSPORT.isValid(number, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            HRB 12345,                         German commercial register
            0100-01-123456,                    Japanese corporate number with hyphens
            C.I.F. B/12345678,                 dots and slash
            No. 123 (2020),                    parentheses
            7,                                 one character
            Société 123,                       accented letter
            ОГРН 1027700132195,                Cyrillic
            株式会社 1234,                      Chinese characters
            ٣٤٥٦٧,                             Arabic-Indic digits
            नं 123,                             Devanagari with a combining vowel sign
            𠮷1,                               character outside the Basic Multilingual Plane
            12345678901234567890123456789012345678901234567890, 50 characters
            """)
    void foreignRegistrationAccepts(String number, String why) {
        assertTrue(FOREIGN_REGISTRATION.isValid(number, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            '',                                                  empty
            '   ',                                               blank
            '-./()',                                             punctuation only
            123456789012345678901234567890123456789012345678901, 51 characters
            ABC#123,                                             number sign
            ABC_123,                                             underscore
            ABC:123,                                             colon
            'A;B',                                               semicolon
            ABC　123,                                             ideographic space
            """)
    void foreignRegistrationRejects(String number, String why) {
        assertFalse(FOREIGN_REGISTRATION.isValid(number, TODAY));
    }

    @Test
    void foreignRegistrationRejectsControlCharacters() {
        assertFalse(FOREIGN_REGISTRATION.isValid("123\t456", TODAY));
        assertFalse(FOREIGN_REGISTRATION.isValid("123\n456", TODAY));
        assertFalse(FOREIGN_REGISTRATION.isValid("123\u0000456", TODAY));
        assertFalse(FOREIGN_REGISTRATION.isValid("123\u200B456", TODAY), "zero-width space");
    }

    @ParameterizedTest
    @EnumSource(IdentityDocument.class)
    void everyKindRejectsNull(IdentityDocument kind) {
        assertFalse(kind.isValid(null, TODAY));
        assertFalse(kind.isValid(null));
    }

    @ParameterizedTest
    @EnumSource(IdentityDocument.class)
    void everyKindRefusesToJudgeWithoutADay(IdentityDocument kind) {
        assertThrows(NullPointerException.class, () -> kind.isValid("12345678", null));
    }

    @ParameterizedTest
    @EnumSource(IdentityDocument.class)
    void everyKindHasLabels(IdentityDocument kind) {
        assertFalse(kind.labelZh().isBlank());
        assertFalse(kind.labelEn().isBlank());
    }

    @Test
    void defaultsToToday() {
        assertTrue(FOREIGN_PERMANENT_RESIDENT_ID.isValid("932682198501010017"));
        assertTrue(RESIDENT_ID.isValid("11010519491231002X"));
        assertTrue(HK_MACAO_PERMIT.isValid("H12345678"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            H1234567801,        H********01
            H12345678,          H******78
            12345678,           1*****78
            1234567890(B),      1**********B)
            932682198501010017, 9***************17
            KAZ110090123105,    K************05
            'HRB 12345',        'H******45'
            𠮷田123,             𠮷**23
            123𠮷,               1*3𠮷
            1234,               1*34
            123,                ***
            12,                 **
            𠮷,                  *
            '',                 ''
            """)
    void masksAllButTheFirstAndTheLastTwoCharacters(String number, String masked) {
        assertEquals(masked, IdentityDocument.mask(number));
    }

    @Test
    void masksNothingWhenThereIsNothing() {
        assertNull(IdentityDocument.mask(null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "NULL", textBlock = """
            USA,  true
            KAZ,  true
            DEU,  true
            CHN,  true
            usa,  false
            Usa,  false
            US,   false
            USAA, false
            XXX,  false
            AAA,  false
            '',   false
            NULL, false
            """)
    void knowsTheAlpha3CountryCodes(String alpha3, boolean known) {
        assertEquals(known, IdentityDocument.isCountryCode(alpha3));
    }

    /** the subject identities credit records are keyed by, and how anonymous pages show an individual's */
    @ParameterizedTest(name = "{0}: subject id {1}, shown {2}")
    @CsvSource(textBlock = """
            91350100M000100Y43, true,
            11010519491231002X, true,  110*************2X
            H12345678,          true,  H******78
            12345678,           true,  1*****78
            932682198501010017, true,  9***************17
            USA:E12345678,      true,  USA:E******78
            GBR:C0806592,       true,  GBR:C*****92
            CHN:E12345678,      false, CHN:E******78
            XYZ:E12345678,      false, XYZ:E******78
            E12345678,          false, E******78
            11010519491231002Y, false, 1***************2Y
            """)
    void aSubjectIdentityIsOneOfTheDocumentsAndIsMaskedAsItsKind(String id, boolean subject, String shown) {
        assertEquals(subject, IdentityDocument.isSubjectId(id));
        if (shown != null) {
            // an organisation's USCC is public and never masked; the row leaves it out
            assertEquals(shown, IdentityDocument.maskSubject(id));
        }
    }
}
