package io.ipcase.kit.identifiers;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * "Today" comes from the validation {@link jakarta.validation.ClockProvider}, so a fixed test
 * clock also decides which birth dates lie in the future.
 */
public class ResidentIdValidator implements ConstraintValidator<ValidResidentId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null
                || ResidentId.isValid(value, LocalDate.now(context.getClockProvider().getClock()));
    }
}
