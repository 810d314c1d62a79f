package io.ipcase.kit.parties;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The party is identified as its kind and document need (docs/domain.md, "Identifiers"); each fault is reported on its
 * own field (uscc, idType, idNumber, nationality), with the request's other faults. Messages never echo a number.
 */
@Documented
@Constraint(validatedBy = PartyIdentityValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidPartyIdentity {

    String message() default "is not identified as its kind needs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
