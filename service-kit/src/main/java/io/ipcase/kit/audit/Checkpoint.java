package io.ipcase.kit.audit;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A signed statement of a service's audit chain heads at one time: for each chain changed since the previous checkpoint,
 * its newest entry's seq and hash (docs/domain.md, "Audit"). Checkpoints are numbered and each names the SHA-256 of the
 * one before, so one missing from an operator's file shows too. The signature covers {@link #signedText()}.
 */
public record Checkpoint(
        @NotBlank @Size(max = 100) String service,
        @Min(1) long seq,
        @NotBlank @Size(max = 40) String takenAt,
        @Size(max = 64) String previous,
        @NotBlank @Size(max = 16) String keyId,
        @NotBlank @Size(max = 200) String publicKey,
        @NotNull @Size(max = 100000) List<@NotNull @Valid Head> heads,
        @Size(max = 200) String signature) {

    /** the newest entry of one chain: {@code chain} is "register" or an aggregate chain's name, {@code id} the aggregate's id */
    public record Head(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z_]+", message = "must be a chain name") String chain,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be a chain id") String id,
            @Min(1) int seq,
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 hex digits") String hash) {
    }

    /** one line per field and per head, the text that is signed and that the next checkpoint's {@code previous} hashes */
    public String signedText() {
        StringBuilder text = new StringBuilder();
        text.append("ipcase-audit-checkpoint-v1\n").append(service).append('\n').append(seq).append('\n').append(takenAt).append('\n')
                .append(previous == null ? "" : previous).append('\n').append(keyId).append('\n').append(publicKey).append('\n');
        for (Head head : heads) {
            text.append(head.chain()).append(' ').append(head.id()).append(' ').append(head.seq()).append(' ').append(head.hash()).append('\n');
        }
        return text.toString();
    }

    public String digest() {
        return ChainHash.sha256(signedText());
    }

    Checkpoint signedBy(CheckpointSigner signer) {
        return new Checkpoint(service, seq, takenAt, previous, keyId, publicKey, heads, signer.sign(signedText()));
    }

    /** the signature is good for the key the checkpoint names */
    public boolean signatureHolds() {
        return keyId != null && keyId.equals(CheckpointSigner.keyId(publicKey)) && CheckpointSigner.verify(publicKey, signedText(), signature);
    }
}
