package io.ipcase.kit.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/** Bean Validation's "now" (@PastOrPresent, resident ID birth dates) is the application clock too. */
@ApplicationScoped
public class IpcaseClockProvider implements ClockProvider {

    private final IpcaseClock clock;

    public IpcaseClockProvider(IpcaseClock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return Clock.fixed(clock.now(), clock.zone());
    }
}
