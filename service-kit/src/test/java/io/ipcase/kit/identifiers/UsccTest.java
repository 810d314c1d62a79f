package io.ipcase.kit.identifiers;

import io.ipcase.identifiers.Uscc;

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

class UsccTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            91350100M000100Y43, example from docs/domain.md
            914403001922038216, digit as check character
            9144030071526726XG, letter as check character
            91330100716105852F, letter as check character
            91360400MA35F1234X, X as check character
            913501001000100Y40, weighted sum divisible by 31 gives check character 0
            """)
    void acceptsCodesWithMatchingCheckCharacter(String uscc, String why) {
        assertTrue(Uscc.isValid(uscc));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            91350100M000100Y44,   wrong check character
            91350100M000100Y4,    17 characters
            91350100M000100Y430,  19 characters
            '',                   empty
            ' 91350100M000100Y43', leading blank
            91350100I000100Y43,   I is not in the alphabet
            91350100O000100Y43,   O is not in the alphabet
            91350100S000100Y43,   S is not in the alphabet
            91350100V000100Y43,   V is not in the alphabet
            91350100Z000100Y43,   Z is not in the alphabet
            91350100m000100y43,   lower case
            91A50100M000100Y42,   division code not all digits although the check character matches
            """)
    void rejectsMalformedCodes(String uscc, String why) {
        assertFalse(Uscc.isValid(uscc));
    }

    @Test
    void rejectsNull() {
        assertFalse(Uscc.isValid(null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            91350100M000100Y4, 3
            91440300192203821, 6
            9144030071526726X, G
            91360400MA35F1234, X
            913501001000100Y4, 0
            """)
    void computesTheCheckCharacter(String first17, char expected) {
        assertEquals(expected, Uscc.checkCharacter(first17));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            91350100M000100Y43, 350100
            914403001922038216, 440300
            91360400MA35F1234X, 360400
            """)
    void readsTheRegisteringDivision(String uscc, String divisionCode) {
        assertEquals(divisionCode, Uscc.divisionCode(uscc));
    }

    @Test
    void hasNoDivisionForAnInvalidCode() {
        assertThrows(IllegalArgumentException.class, () -> Uscc.divisionCode("91350100M000100Y44"));
    }

    record Registrant(@ValidUscc String uscc) {
    }

    @ParameterizedTest(name = "{0} → {1} violation(s)")
    @CsvSource(nullValues = "NULL", textBlock = """
            91350100M000100Y43, 0
            NULL,               0
            91350100M000100Y44, 1
            """)
    void constraintLeavesNullToNotNull(String uscc, int violations) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<Registrant>> found = factory.getValidator().validate(new Registrant(uscc));
            assertEquals(violations, found.size());
            for (ConstraintViolation<Registrant> violation : found) {
                assertEquals("uscc", violation.getPropertyPath().toString());
                assertTrue(violation.getMessage().contains("unified social credit code"));
            }
        }
    }
}
