package io.ipcase.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A database that is away for a moment is a 503 to retry, not a 500; anything else stays an internal error. */
class ProblemMappersTest {

    @ParameterizedTest(name = "SQL state {0} → unavailable: {1}")
    @CsvSource({ "08006, true", "08003, true", "08001, true", "57P01, true", "57P03, true", "23505, false", "22008, false", "40001, false" })
    void connectionFailuresAreUnavailable(String sqlState, boolean unavailable) {
        RuntimeException wrapped = new IllegalStateException("could not execute statement", new SQLException("boom", sqlState));
        assertEquals(unavailable, ProblemMappers.unavailable(wrapped));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "pool exhausted" })
    void aPoolThatCannotHandOutAConnectionIsUnavailable(String what) {
        assertEquals(true, ProblemMappers.unavailable(new RuntimeException(new SQLTransientConnectionException(what))));
        assertEquals(false, ProblemMappers.unavailable(new RuntimeException(what)));
    }
}
