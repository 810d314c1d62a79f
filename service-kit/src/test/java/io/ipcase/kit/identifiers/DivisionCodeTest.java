package io.ipcase.kit.identifiers;

import io.ipcase.identifiers.DivisionCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionCodeTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            360000, province (Jiangxi)
            360400, prefecture (Jiujiang)
            360402, county
            110000, municipality
            110101, district of a municipality
            650000, highest mainland province code
            710000, Taiwan
            810000, Hong Kong
            820000, Macao
            """)
    void acceptsCodesUnderAProvince(String code, String why) {
        assertTrue(DivisionCode.isValid(code));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            100000,  no province 10
            240000,  no province 24
            470000,  no province 47
            830000,  no province 83
            000000,  all zeros
            360004,  county without a prefecture
            36040,   5 digits
            3604000, 7 digits
            36040a,  letter
            '',      empty
            ' 36040', leading blank
            """)
    void rejectsMalformedCodes(String code, String why) {
        assertFalse(DivisionCode.isValid(code));
    }

    @Test
    void rejectsNull() {
        assertFalse(DivisionCode.isValid(null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            360400, 3604
            360000, 36
            360402, 360402
            360410, 360410
            110100, 1101
            """)
    void stripsUnusedLowerLevels(String code, String prefix) {
        assertEquals(prefix, DivisionCode.jurisdictionPrefix(code));
    }

    @Test
    void hasNoPrefixForAnInvalidCode() {
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.jurisdictionPrefix("360004"));
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource(textBlock = """
            360400, 360402, true
            360400, 360400, true
            360000, 360402, true
            360000, 360400, true
            110000, 110101, true
            360400, 360502, false
            360402, 360403, false
            360402, 360400, false
            360000, 370000, false
            360400, 3604,   false
            360400, 360409x, false
            """)
    void coversCodesUnderTheJurisdiction(String jurisdiction, String code, boolean covered) {
        assertEquals(covered, DivisionCode.covers(jurisdiction, code));
    }

    @Test
    void refusesAMalformedJurisdiction() {
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.covers("3604", "360402"));
    }

    record Site(@ValidDivisionCode String divisionCode) {
    }

    @ParameterizedTest(name = "{0} → {1} violation(s)")
    @CsvSource(nullValues = "NULL", textBlock = """
            360402, 0
            NULL,   0
            360004, 1
            """)
    void constraintLeavesNullToNotNull(String code, int violations) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<Site>> found = factory.getValidator().validate(new Site(code));
            assertEquals(violations, found.size());
            for (ConstraintViolation<Site> violation : found) {
                assertEquals("divisionCode", violation.getPropertyPath().toString());
                assertTrue(violation.getMessage().contains("division code"));
            }
        }
    }
}
