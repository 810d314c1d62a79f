package io.ipcase.kit.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Reads query parameters that JAX-RS would otherwise answer with a bare 404 when they do not
 * convert: a bad value is the client's mistake, a 400 naming the parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date (YYYY-MM-DD)");
        }
    }
}
