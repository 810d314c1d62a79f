package io.ipcase.kit.audit;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.ipcase.kit.time.IpcaseClock;

/**
 * Appends hash-chained audit entries: each entry's hash covers its content and the previous
 * entry's hash, so changing or removing any row breaks every hash after it. Callers hold the
 * aggregate's row lock (or its version), which keeps one chain strictly ordered.
 */
@ApplicationScoped
public class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private final IpcaseClock clock;

    public AuditChain(IpcaseClock clock) {
        this.clock = clock;
    }

    /** Fills in the new entry, moves the aggregate's head to it and stores both. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends AuditRecord> E append(AuditedAggregate subject, E entry, String actor, String role, String action,
            String beforeState, String afterState, String reason, String details) {
        // the chain continues from the head kept on the aggregate's row; reading it there rather
        // than querying keeps one version step per change
        entry.seq = subject.auditSeq() + 1;
        // PostgreSQL keeps microseconds: hash what is stored
        entry.at = clock.now().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor;
        entry.role = role;
        entry.action = action;
        entry.beforeState = beforeState;
        entry.afterState = afterState;
        entry.reason = reason;
        entry.details = details;
        entry.prevHash = subject.auditSeq() == 0 ? GENESIS : subject.auditHash();
        entry.hash = hash(entry);
        subject.anchorAudit(entry.seq, entry.hash);
        if (!subject.isPersistent()) {
            // a new aggregate is stored already anchored to its first entry: persisting it earlier
            // may insert it at once (identity keys of its children) and update it again for the anchor
            subject.persist();
        }
        entry.persist();
        return entry;
    }

    /**
     * Checks the chain from the first entry up to the head recorded on the aggregate; returns the
     * sequence number of the first entry that does not fit (or is missing), or null when intact.
     */
    public static Integer firstBrokenSeq(List<? extends AuditRecord> entries, int headSeq, String headHash) {
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

    static Integer firstBrokenSeq(List<? extends AuditRecord> entries) {
        String expectedPrev = GENESIS;
        int expectedSeq = 1;
        for (AuditRecord entry : entries) {
            if (entry.seq != expectedSeq || !entry.prevHash.equals(expectedPrev) || !entry.hash.equals(hash(entry))) {
                return entry.seq;
            }
            expectedPrev = entry.hash;
            expectedSeq++;
        }
        return null;
    }

    static String hash(AuditRecord e) {
        return ChainHash.of(e.chainId().toString(), Integer.toString(e.seq), ChainHash.instant(e.at), e.actor, e.role, e.action, e.beforeState,
                e.afterState, e.reason, e.details, e.prevHash);
    }

}
