package io.ipcase.cases.mapping;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.ipcase.kit.parties.IpRightInput;
import io.ipcase.kit.parties.PartyInput;

/**
 * What the investigation corrects of a case, with the reason: each part given replaces the case's
 * (the right as a whole, the complainants or the respondents as a list, an amount); a part left out
 * stays as it was.
 */
public record CaseAmendment(
        @NotBlank @Size(max = 2000) String reason,
        @Valid IpRightInput ipRight,
        @Size(max = 20) List<@NotNull @Valid PartyInput> complainants,
        @Size(min = 1, max = 20) List<@NotNull @Valid PartyInput> respondents,
        @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal amountInvolved,
        @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal illegalGain,
        @PositiveOrZero Integer copiesInvolved,
        @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal lossCaused) {
}
