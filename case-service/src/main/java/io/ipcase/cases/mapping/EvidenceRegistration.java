package io.ipcase.cases.mapping;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.ipcase.kit.time.NotInFuture;
import io.ipcase.kit.vocabulary.Labelled;

/** An evidence register entry; {@code sha256} fingerprints the file kept in the evidence store. */
public record EvidenceRegistration(
        @NotBlank @Size(max = 2000) String description,
        @NotNull EvidenceKind kind,
        @NotNull @NotInFuture OffsetDateTime obtainedAt,
        @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the 64 hex digits of a SHA-256 digest") String sha256) {

    /** 证据种类 (行政处罚程序规定 Art. 20) */
    public enum EvidenceKind implements Labelled {
        DOCUMENT("书证", "documentary evidence"),
        PHYSICAL("物证", "physical evidence"),
        AUDIO_VISUAL("视听资料", "audio-visual material"),
        ELECTRONIC_DATA("电子数据", "electronic data"),
        WITNESS_TESTIMONY("证人证言", "witness testimony"),
        PARTY_STATEMENT("当事人的陈述", "party's statement"),
        APPRAISAL_OPINION("鉴定意见", "appraisal opinion"),
        INSPECTION_RECORD("勘验笔录、现场笔录", "inspection or on-site record");

        private final String labelZh;
        private final String labelEn;

        EvidenceKind(String labelZh, String labelEn) {
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
}
