package io.ipcase.kit.rest;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads request bodies strictly: a value is read only as the type it is written in, and every
 * value is checked at the edge for what the database or the law cannot hold, so a bad request is
 * a 400 naming the field and never reaches a transaction.
 * <ul>
 * <li>no coercions: {@code 0} is not an enum, {@code "true"} not a boolean, {@code 12} not a string;
 * a second document after the body is refused;</li>
 * <li>text without NUL and other control characters, lone surrogates or direction overrides;</li>
 * <li>amounts exact, with at most two decimals and below {@value #MAX_AMOUNT_DIGITS} integer digits
 * ({@code 1e2147483647} would otherwise pass a {@code @Digits} check and be stored as 0);</li>
 * <li>dates and times between {@value #MIN_YEAR} and {@value #MAX_YEAR}.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;
    static final int MAX_AMOUNT_DIGITS = 13;
    private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(MAX_AMOUNT_DIGITS);

    /** last, after Quarkus has registered the java.time module: the module registered last decides */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        if (mapper instanceof JsonMapper json) {
            json.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        }
        for (LogicalType type : LogicalType.values()) {
            for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString }) {
                if (!natural(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        SimpleModule strict = new SimpleModule("ipcase-strict-json");
        strict.addDeserializer(String.class, new TextDeserializer());
        strict.addDeserializer(BigDecimal.class, new AmountDeserializer());
        strict.addDeserializer(LocalDate.class, new BoundedLocalDate());
        strict.addDeserializer(Instant.class, bounded(InstantDeserializer.INSTANT, Instant.class));
        strict.addDeserializer(OffsetDateTime.class, bounded(InstantDeserializer.OFFSET_DATE_TIME, OffsetDateTime.class));
        mapper.registerModule(strict);
    }

    /** the shapes a type is written in: a number for numbers, true/false for booleans, a string for the rest */
    private static boolean natural(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Integer || shape == CoercionInputShape.Float;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Untyped -> true;
            default -> shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString && type == LogicalType.Textual;
        };
    }

    /** The reason a text cannot be stored or shown safely, or null when it can. */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains a NUL character";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return "contains a control character";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate (not valid Unicode)";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (not valid Unicode)";
            }
            if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                return "contains a text-direction override";
            }
        }
        return null;
    }

    static final class TextDeserializer extends StdDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            String problem = textProblem(text);
            if (problem != null) {
                throw RejectedValueException.of(p, problem);
            }
            return text;
        }
    }

    static final class AmountDeserializer extends StdDeserializer<BigDecimal> {

        AmountDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, p);
            }
            BigDecimal value = p.getDecimalValue();
            if (value.abs().compareTo(MAX_AMOUNT) >= 0) {
                throw RejectedValueException.of(p, "must be less than 10^" + MAX_AMOUNT_DIGITS);
            }
            if (value.stripTrailingZeros().scale() > 2) {
                throw RejectedValueException.of(p, "must have at most two decimals (yuan and fen)");
            }
            return value;
        }
    }

    static final class BoundedLocalDate extends StdDeserializer<LocalDate> {

        BoundedLocalDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, p);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(p.getText().trim());
            } catch (DateTimeException e) {
                throw RejectedValueException.of(p, "must be a date (YYYY-MM-DD)");
            }
            checkYear(p, date.getYear());
            return date;
        }
    }

    private static <T extends java.time.temporal.Temporal> JsonDeserializer<T> bounded(InstantDeserializer<T> base, Class<T> type) {
        return new StdDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    @SuppressWarnings("unchecked")
                    T unexpected = (T) context.handleUnexpectedToken(type, p);
                    return unexpected;
                }
                T value;
                try {
                    value = base.deserialize(p, context);
                } catch (IOException | DateTimeException e) {
                    throw RejectedValueException.of(p, "must be a timestamp (ISO-8601, e.g. 2026-03-02T09:30:00+08:00)");
                }
                Instant instant = value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
                checkYear(p, instant.atOffset(java.time.ZoneOffset.UTC).getYear());
                return value;
            }
        };
    }

    private static void checkYear(JsonParser p, int year) throws RejectedValueException {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw RejectedValueException.of(p, "must lie between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }
}
