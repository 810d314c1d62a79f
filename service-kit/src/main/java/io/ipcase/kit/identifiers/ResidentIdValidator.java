package io.ipcase.kit.identifiers;

import io.ipcase.identifiers.ResidentId;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * "Today" for the birth date comes from the validation {@link jakarta.validation.ClockProvider}
 * (the machine's clock): a birth date is never close enough to today for the application's
 * clock to matter, unlike the dates checked with {@link io.ipcase.kit.time.NotInFuture}.
 */
public class ResidentIdValidator implements ConstraintValidator<ValidResidentId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null
                || ResidentId.isValid(value, LocalDate.now(context.getClockProvider().getClock()));
    }
}
