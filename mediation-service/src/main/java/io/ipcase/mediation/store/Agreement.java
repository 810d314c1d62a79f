package io.ipcase.mediation.store;

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

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.ipcase.kit.time.NotInFuture;
import io.ipcase.kit.vocabulary.Labelled;

/**
 * The mediation agreement (调解协议书): the main facts, the disputed points and responsibility,
 * the agreed terms with manner, place and deadline of performance, and the signatures. It takes
 * effect on the day the last of the parties and the mediator signed (人民调解法 Art. 29).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Agreement(
        @NotBlank @Size(max = 4000) String facts,
        @NotBlank @Size(max = 4000) String disputedPoints,
        @Size(max = 4000) String responsibility,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Term> terms,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Signature> signatures) {

    /** One obligation: who does what, how, where and by when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Term(
            @NotBlank @Size(max = 300) String obligor,
            @NotBlank @Size(max = 2000) String obligation,
            @NotBlank @Size(max = 500) String manner,
            @NotBlank @Size(max = 500) String place,
            @NotNull LocalDate deadline,
            @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal amount) {
    }

    public enum SignerRole implements Labelled {
        COMPLAINANT("申请人 / 权利人", "complainant"),
        RESPONDENT("被申请人", "respondent"),
        MEDIATOR("调解员", "mediator");

        private final String labelZh;
        private final String labelEn;

        SignerRole(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        @Override
        public String labelZh() {
            return labelZh;
        }

        @Override
        public String labelEn() {
            return labelEn;
        }
    }

    public record Signature(
            @NotBlank @Size(max = 300) String signer,
            @NotNull SignerRole role,
            @NotNull @NotInFuture LocalDate signedOn) {
    }

    @JsonIgnore
    public LocalDate effectiveOn() {
        return signatures.stream().map(Signature::signedOn).max(LocalDate::compareTo).orElseThrow();
    }
}
