package io.ipcase.cases.cases;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.ipcase.kit.time.NotInFuture;

/** An evidence register entry; {@code sha256} fingerprints the file kept in the evidence store. */
public record EvidenceRegistration(
        @NotBlank @Size(max = 2000) String description,
        @NotNull EvidenceKind kind,
        @NotNull @NotInFuture OffsetDateTime obtainedAt,
        @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the 64 hex digits of a SHA-256 digest") String sha256) {

    /** 证据种类 (行政处罚程序规定 Art. 20) */
    public enum EvidenceKind {
        DOCUMENT, PHYSICAL, AUDIO_VISUAL, ELECTRONIC_DATA, WITNESS_TESTIMONY, PARTY_STATEMENT, APPRAISAL_OPINION, INSPECTION_RECORD
    }
}
