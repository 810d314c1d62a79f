package io.ipcase.kit.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import io.ipcase.kit.problem.ProblemException;

/**
 * Path, query and header values read as exactly what they claim to be. JAX-RS answers a value
 * that does not convert with a bare 404 (and reads {@code unread=maybe} as false): here it is a 400
 * naming the parameter, like any other bad input.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        String name = nameOf(annotations);
        boolean inPath = Arrays.stream(annotations).anyMatch(PathParam.class::isInstance);
        if (raw == Integer.class || raw == int.class) {
            return (ParamConverter<T>) converter(name, inPath, "must be an integer", Integer::valueOf);
        }
        if (raw == Long.class || raw == long.class) {
            return (ParamConverter<T>) converter(name, inPath, "must be an integer", Long::valueOf);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return (ParamConverter<T>) converter(name, inPath, "must be true or false", StrictParameters::bool);
        }
        if (raw == UUID.class) {
            return (ParamConverter<T>) converter(name, inPath, "must be a UUID", StrictParameters::uuid);
        }
        if (raw == LocalDate.class) {
            return (ParamConverter<T>) converter(name, inPath, "must be a date (YYYY-MM-DD)", LocalDate::parse);
        }
        if (raw.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) raw;
            return (ParamConverter<T>) converter(name, inPath, "must be one of " + Arrays.toString(raw.getEnumConstants()),
                    value -> Enum.valueOf(type, value));
        }
        return null;
    }

    /** a path value that does not convert names no resource (404); a query or header value is a bad request (400) */
    private static <V> ParamConverter<V> converter(String name, boolean inPath, String message, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw inPath ? ProblemException.notFound(name + " " + message + "; no such resource")
                            : ProblemException.badRequest(name, message);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Boolean bool(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    /** only the canonical 36-character form: {@link UUID#fromString} also takes "1-1-1-1-1" */
    private static UUID uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException(value);
        }
        return UUID.fromString(value);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
