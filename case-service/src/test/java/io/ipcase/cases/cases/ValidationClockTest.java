package io.ipcase.cases.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/** "Not in the future" is judged by the application's clock, the one every deadline is counted on. */
@QuarkusTest
class ValidationClockTest {

    @Inject
    IpcaseClock clock;

    final Api officer = Api.officer();

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void aDateThatIsPastForTheApplicationIsAcceptedEvenIfTheMachineHasNotReachedIt() {
        LocalDate machineToday = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        clock.shift(Duration.ofDays(30));
        Map<String, Object> body = Api.penaltyCase();
        body.put("receivedOn", machineToday.plusDays(20).toString());
        officer.register(body).then().statusCode(201);
        body.put("receivedOn", machineToday.plusDays(40).toString());
        officer.register(body).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("receivedOn"));
    }
}
