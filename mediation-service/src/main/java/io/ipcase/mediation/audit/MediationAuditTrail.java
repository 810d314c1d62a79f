package io.ipcase.mediation.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.ipcase.kit.audit.AuditChain;
import io.ipcase.mediation.store.Mediation;

/** The mediation's record: one hash-chained entry per command, in the command's transaction. */
@ApplicationScoped
public class MediationAuditTrail {

    private final AuditChain chain;

    public MediationAuditTrail(AuditChain chain) {
        this.chain = chain;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MediationAuditEntry append(Mediation m, String actor, String role, String action, String beforeState, String afterState,
            String reason, String details) {
        MediationAuditEntry entry = new MediationAuditEntry();
        entry.mediationId = m.id;
        return chain.append(m, entry, actor, role, action, beforeState, afterState, reason, details);
    }
}
