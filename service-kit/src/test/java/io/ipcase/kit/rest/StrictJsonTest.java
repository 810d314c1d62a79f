package io.ipcase.kit.rest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** What the strict reader refuses and what it still reads, value by value. */
class StrictJsonTest {

    enum Colour {
        RED, GREEN
    }

    record Body(String text, List<String> texts, BigDecimal amount, LocalDate on, Colour colour, Boolean flag, Integer count) {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        new StrictJson().customize(mapper);
        return mapper;
    }

    final ObjectMapper json = mapper();

    @ParameterizedTest(name = "refused: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            NUL                      | {"text":"a\\u0000b"}                    | NUL
            control character        | {"text":"a\\u0007b"}                    | control character
            lone high surrogate      | {"text":"a\\ud800b"}                    | unpaired surrogate
            lone low surrogate       | {"text":"a\\udc00"}                     | unpaired surrogate
            direction override       | {"text":"a\\u202eb"}                    | direction override
            NUL in a list            | {"texts":["ok","a\\u0000"]}             | NUL
            number for text          | {"text":12}                             | String
            boolean for text         | {"text":true}                           | String
            enum by index            | {"colour":0}                            | Colour
            text for boolean         | {"flag":"true"}                         | Boolean
            text for number          | {"count":"12"}                          | count
            amount with exponent     | {"amount":1e2147483647}                 | 10^13
            amount in thousandths    | {"amount":0.001}                        | two decimals
            amount tiny exponent     | {"amount":1e-400}                       | two decimals
            amount as text           | {"amount":"12"}                         | BigDecimal
            year zero                | {"on":"0000-01-01"}                     | between
            far past                 | {"on":"-999999999-01-01"}               | between
            impossible date          | {"on":"2026-02-30"}                     | date
            date as number           | {"on":20260301}                         | LocalDate
            empty date               | {"on":""}                               | date
            overflowing integer      | {"count":9223372036854775808}           | count
            second document          | {"text":"a"} {"text":"b"}               | Trailing
            """)
    void refuses(String what, String body, String expected) {
        Exception e = assertThrows(Exception.class, () -> json.readValue(body, Body.class));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest(name = "read: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chinese and emoji          | {"text":"侵权 😀 𠀀"}
            tab and newline            | {"text":"a\\tb\\nc"}
            amount with fen            | {"amount":12000.50}
            amount as integer          | {"amount":100000}
            amount trailing zeros      | {"amount":1.500}
            a date                     | {"on":"2026-03-02"}
            enum by name               | {"colour":"GREEN"}
            """)
    void reads(String what, String body) throws Exception {
        assertNotNull(json.readValue(body, Body.class));
    }
}
