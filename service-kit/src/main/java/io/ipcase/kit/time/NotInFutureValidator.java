package io.ipcase.kit.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

@ApplicationScoped
public class NotInFutureValidator implements ConstraintValidator<NotInFuture, Object> {

    private final IpcaseClock clock;

    public NotInFutureValidator(IpcaseClock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value instanceof LocalDate date) {
            return !date.isAfter(clock.today());
        }
        if (value instanceof Instant instant) {
            return !instant.isAfter(clock.now());
        }
        if (value instanceof OffsetDateTime time) {
            return !time.toInstant().isAfter(clock.now());
        }
        throw new IllegalArgumentException("@NotInFuture applies to LocalDate, Instant and OffsetDateTime, not " + value.getClass());
    }
}
