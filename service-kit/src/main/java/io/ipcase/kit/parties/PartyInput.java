package io.ipcase.kit.parties;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.ipcase.kit.identifiers.ValidResidentId;
import io.ipcase.kit.identifiers.ValidUscc;
import io.ipcase.kit.problem.Problem;

/** A party as entered: an organisation needs its USCC, an individual the resident ID number. */
public record PartyInput(
        @NotNull PartyKind kind,
        @NotBlank @Size(max = 300) String name,
        @ValidUscc String uscc,
        @ValidResidentId String idNumber,
        @Size(max = 500) String address,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "may contain digits, spaces and + ( ) - only") String phone,
        @Email @Size(max = 200) String email) {

    /** The identifier that fits the kind: the USCC of an organisation, the ID number of an individual. */
    public String subjectId() {
        return kind == PartyKind.ORGANISATION ? uscc : idNumber;
    }

    /** Adds an error per party of the list whose kind lacks its identifier. */
    public static void checkIdentities(String list, List<PartyInput> parties, List<Problem.FieldError> errors) {
        if (parties == null) {
            return;
        }
        for (int i = 0; i < parties.size(); i++) {
            PartyInput p = parties.get(i);
            if (p == null || p.kind() == null) {
                continue;
            }
            if (p.kind() == PartyKind.ORGANISATION && isBlank(p.uscc())) {
                errors.add(new Problem.FieldError(list + "[" + i + "].uscc", "is required for an organisation"));
            }
            if (p.kind() == PartyKind.INDIVIDUAL && isBlank(p.idNumber())) {
                errors.add(new Problem.FieldError(list + "[" + i + "].idNumber", "is required for an individual"));
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
