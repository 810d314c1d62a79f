package io.ipcase.kit.identifiers;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A user id as the identity provider issues it ({@code sub} / {@code upn}): a letter or digit, then
 * letters, digits and {@code . _ @ : -}, at most 100 characters. No spaces, slashes, line breaks or
 * {@code ../}: an id goes into paths, mail headers and log lines.
 */
@Pattern(regexp = ValidUserId.GRAMMAR)
@Size(max = 100)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface ValidUserId {

    String GRAMMAR = "[A-Za-z0-9][A-Za-z0-9._@:\\-]{0,99}";

    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String message() default "is a user id: a letter or digit, then letters, digits and . _ @ : - (at most 100)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
