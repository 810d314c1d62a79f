package io.ipcase.cases.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.ipcase.cases.domain.CaseSource;
import io.ipcase.cases.domain.CaseTrack;
import io.ipcase.cases.domain.Procedure;
import io.ipcase.kit.identifiers.ValidDivisionCode;
import io.ipcase.kit.identifiers.ValidUserId;
import io.ipcase.kit.parties.IpRightInput;
import io.ipcase.kit.parties.PartyInput;
import io.ipcase.kit.time.NotInFuture;

/** What an officer enters for a complaint, request or lead. */
public record CaseRegistration(
        @NotNull CaseTrack track,
        @NotNull Procedure procedure,
        @NotBlank @ValidDivisionCode String region,
        @NotNull CaseSource source,
        @NotNull @Valid IpRightInput ipRight,
        @Size(max = 20) List<@NotNull @Valid PartyInput> complainants,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid PartyInput> respondents,
        @NotNull @Size(min = 2, max = 10, message = "at least two officers handle every case (at most 10)")
        List<@NotBlank @ValidUserId String> handlingOfficers,
        @Size(max = 4000) String summary,
        @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal amountInvolved,
        @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal illegalGain,
        @PositiveOrZero Integer copiesInvolved,
        @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal lossCaused,
        @NotInFuture LocalDate receivedOn) {


}
