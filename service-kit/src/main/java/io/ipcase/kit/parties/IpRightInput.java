package io.ipcase.kit.parties;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The right a case or dispute is about. */
public record IpRightInput(
        @NotNull IpKind kind,
        @Size(max = 100) String number,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 300) String holder) {
}
