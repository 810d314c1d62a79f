package io.ipcase.cases.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.ipcase.cases.store.InfringementCase;
import io.ipcase.kit.audit.AuditChain;

/** The case's enforcement record: one hash-chained entry per command, in the command's transaction. */
@ApplicationScoped
public class AuditTrail {

    private final AuditChain chain;

    public AuditTrail(AuditChain chain) {
        this.chain = chain;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(InfringementCase c, String actor, String role, String action, String beforeState, String afterState,
            String reason, String details) {
        AuditEntry entry = new AuditEntry();
        entry.caseId = c.id;
        return chain.append(c, entry, actor, role, action, beforeState, afterState, reason, details);
    }
}
