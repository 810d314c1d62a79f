package io.ipcase.mediation.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.ipcase.kit.identifiers.ValidDivisionCode;
import io.ipcase.kit.parties.IpRightInput;
import io.ipcase.kit.parties.PartyInput;

/** A dispute an organisation takes in directly (pre-suit or people's mediation), with no case behind it. */
public record MediationRegistration(
        @NotNull UUID organisationId,
        @NotBlank @ValidDivisionCode String region,
        @NotNull @Valid IpRightInput ipRight,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid PartyInput> complainants,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid PartyInput> respondents,
        @Size(max = 4000) String summary) {
}
