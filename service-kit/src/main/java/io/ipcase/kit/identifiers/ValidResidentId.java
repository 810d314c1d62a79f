package io.ipcase.kit.identifiers;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value is a resident identity number (GB 11643-1999). Null passes, so combine with
 * {@code @NotNull} where the value is required. The message never echoes the value: it is
 * personal data, and messages end up in logs and problem responses.
 */
@Documented
@Constraint(validatedBy = ResidentIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidResidentId {

    String message() default "is not a valid resident identity number (GB 11643-1999: 17 digits, a real past birth date and a matching check character)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
