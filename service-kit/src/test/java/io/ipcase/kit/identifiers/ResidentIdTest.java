package io.ipcase.kit.identifiers;

import io.ipcase.identifiers.ResidentId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            11010519491231002X, example from docs/domain.md
            440308199901010012, digit as check character
            360402200002290017, 29 February of a leap year
            110105190012290010, born in 1900
            360402202506010014, born today
            830000198001010018, a Taiwan resident's residence permit
            810000198001010014, a Hong Kong resident's residence permit
            820000198001010016, a Macao resident's residence permit
            """)
    void acceptsNumbersWithRealBirthDateAndMatchingCheck(String id, String why) {
        assertTrue(ResidentId.isValid(id, TODAY));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            110105194912310021,  wrong check character
            11010519491231002x,  lower-case x
            11010519491231002Y,  Y is no check character
            11010519491231002,   17 characters
            11010519491231002X0, 19 characters
            '',                  empty
            1101051949123100AX,  letter in the body
            110105199902300015,  30 February 1999 although the check matches
            360402190002290010,  29 February 1900 (no leap year) although the check matches
            110105199913010013,  month 13 although the check matches
            110105199900010014,  month 00 although the check matches
            36040220250602001X,  born tomorrow although the check matches
            000000198001010013,  address code 000000 although the check matches
            990000198001010012,  no province 99 although the check matches
            360004198001010010,  a county without its prefecture although the check matches
            110105189912310015,  born in 1899 although the check matches
            110105185001010013,  born in 1850 although the check matches
            """)
    void rejectsMalformedNumbers(String id, String why) {
        assertFalse(ResidentId.isValid(id, TODAY));
    }

    @Test
    void rejectsNull() {
        assertFalse(ResidentId.isValid(null, TODAY));
    }

    @Test
    void judgesTheBirthDateAgainstTheGivenDay() {
        assertFalse(ResidentId.isValid("11010519491231002X", LocalDate.of(1949, 12, 30)));
        assertTrue(ResidentId.isValid("11010519491231002X", LocalDate.of(1949, 12, 31)));
    }

    @Test
    void defaultsToToday() {
        assertTrue(ResidentId.isValid("11010519491231002X"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            11010519491231002X, 110*************2X
            440308199901010012, 440*************12
            123456,             123*56
            12345,              *****
            '',                 ''
            """)
    void masksAllButTheFirstThreeAndLastTwoCharacters(String id, String masked) {
        assertEquals(masked, ResidentId.mask(id));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            张三丰,        张**
            张三,          张*
            张,            *
            欧阳娜娜,      欧***
            阿卜杜·热合曼, 阿******
            𠮷田,          𠮷*
            '',            ''
            """)
    void masksAllButTheFirstCharacterOfAName(String personName, String masked) {
        assertEquals(masked, ResidentId.maskName(personName));
    }

    @Test
    void masksNothingWhenThereIsNothing() {
        assertNull(ResidentId.mask(null));
        assertNull(ResidentId.maskName(null));
    }
}
