package io.ipcase.cases.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.ipcase.cases.cases.InfringementCase;
import io.ipcase.kit.time.IpcaseClock;

/**
 * Appends hash-chained audit entries: each entry's hash covers its content and the previous
 * entry's hash, so changing or removing any row breaks every hash after it.
 * Callers hold the case's row lock, which keeps the sequence of one case strictly ordered.
 */
@ApplicationScoped
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    private final IpcaseClock clock;

    public AuditTrail(IpcaseClock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(InfringementCase c, String actor, String role, String action, String beforeState, String afterState,
            String reason, String details) {
        // the chain continues from the head kept on the case row, which the caller holds locked
        // (or versioned); reading it there rather than querying keeps one version step per change
        AuditEntry entry = new AuditEntry();
        entry.caseId = c.id;
        entry.seq = c.auditSeq + 1;
        // PostgreSQL keeps microseconds: hash what is stored
        entry.at = clock.now().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor;
        entry.role = role;
        entry.action = action;
        entry.beforeState = beforeState;
        entry.afterState = afterState;
        entry.reason = reason;
        entry.details = details;
        entry.prevHash = c.auditSeq == 0 ? GENESIS : c.auditHash;
        entry.hash = hash(entry);
        c.auditSeq = entry.seq;
        c.auditHash = entry.hash;
        if (!c.isPersistent()) {
            // a new case is stored already anchored to its first entry: persisting it earlier would
            // insert it at once (its parties have identity keys) and update it again for the anchor
            c.persist();
        }
        entry.persist();
        return entry;
    }

    /**
     * Checks the chain from the first entry up to the head recorded on the case; returns the
     * sequence number of the first entry that does not fit (or is missing), or null when intact.
     */
    public static Integer firstBrokenSeq(List<AuditEntry> entries, int headSeq, String headHash) {
        Integer broken = firstBrokenSeq(entries);
        if (broken != null) {
            return broken;
        }
        if (entries.size() < headSeq) {
            return entries.size() + 1;
        }
        if (entries.size() > headSeq) {
            return headSeq + 1;
        }
        if (headSeq > 0 && !entries.get(entries.size() - 1).hash.equals(headHash)) {
            return headSeq;
        }
        return null;
    }

    static Integer firstBrokenSeq(List<AuditEntry> entries) {
        String expectedPrev = GENESIS;
        int expectedSeq = 1;
        for (AuditEntry entry : entries) {
            if (entry.seq != expectedSeq || !entry.prevHash.equals(expectedPrev) || !entry.hash.equals(hash(entry))) {
                return entry.seq;
            }
            expectedPrev = entry.hash;
            expectedSeq++;
        }
        return null;
    }

    static String hash(AuditEntry e) {
        String canonical = String.join("\u001f", e.caseId.toString(), Integer.toString(e.seq), instant(e.at), nz(e.actor), nz(e.role),
                nz(e.action), nz(e.beforeState), nz(e.afterState), nz(e.reason), nz(e.details), e.prevHash);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }

    private static String instant(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
