package io.ipcase.kit.parties;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.ipcase.kit.problem.Problem;

/** Checks a party's identity with {@link PartyInput#identityErrors}, on the application's clock (birth dates in IDs). */
public class PartyIdentityValidator implements ConstraintValidator<ValidPartyIdentity, PartyInput> {

    /** birth dates on Chinese documents are civil dates in China */
    private static final ZoneId ISSUING_ZONE = ZoneId.of("Asia/Shanghai");

    @Override
    public boolean isValid(PartyInput party, ConstraintValidatorContext context) {
        if (party == null || party.kind() == null) {
            return true;
        }
        List<Problem.FieldError> errors = party.identityErrors(LocalDate.now(context.getClockProvider().getClock().withZone(ISSUING_ZONE)));
        if (errors.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Problem.FieldError error : errors) {
            // the message is ours, not a template: escape what interpolation would read
            context.buildConstraintViolationWithTemplate(error.message().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
                    .replace("$", "\\$")).addPropertyNode(error.field()).addConstraintViolation();
        }
        return false;
    }
}
