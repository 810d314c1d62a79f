package io.ipcase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.ipcase.infra.testing.EventContract;

/** Each event type has its schema and its example, and each schema a type: the contract and the code name the same events. */
class CaseEventTypeTest {

    static final EventContract CONTRACT = EventContract.of("case");

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void everyTypeHasItsSchemaAndExample(CaseEventType type) {
        assertThat(CONTRACT.types()).contains(type.type());
        assertThat(CONTRACT.example(type.type())).isNotBlank();
        assertThat(CaseEventType.ofType(type.type())).contains(type);
    }

    @Test
    void everySchemaIsOfAType() {
        assertThat(CONTRACT.types()).containsExactlyInAnyOrderElementsOf(Arrays.stream(CaseEventType.values()).map(CaseEventType::type).toList());
    }
}
