package io.ipcase.kit.identifiers;

import io.ipcase.identifiers.DivisionCode;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class DivisionCodeValidator implements ConstraintValidator<ValidDivisionCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || DivisionCode.isValid(value);
    }
}
