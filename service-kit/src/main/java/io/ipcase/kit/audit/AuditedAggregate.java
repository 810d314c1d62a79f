package io.ipcase.kit.audit;

/**
 * An aggregate that keeps the head of its own audit chain on its (versioned, locked) row, so
 * that removing the newest entries is detected, not just editing one.
 */
public interface AuditedAggregate {

    int auditSeq();

    String auditHash();

    void anchorAudit(int seq, String hash);

    boolean isPersistent();

    void persist();
}
