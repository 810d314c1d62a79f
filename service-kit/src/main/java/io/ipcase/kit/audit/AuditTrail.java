package io.ipcase.kit.audit;

import java.util.List;
import java.util.UUID;

/**
 * A record's hash-chained audit trail as every service answers it: the record's id, whether the chain is intact up to the
 * head kept on the record, the first entry that does not fit when it is not, and the entries.
 */
public record AuditTrail<E extends AuditRecord>(UUID id, boolean intact, Integer firstBrokenSeq, List<E> entries) {

    /** the trail checked against the head the record keeps */
    public static <E extends AuditRecord> AuditTrail<E> verified(UUID id, List<E> entries, AuditedAggregate head) {
        Integer broken = AuditChain.firstBrokenSeq(entries, head.auditSeq(), head.auditHash());
        return new AuditTrail<>(id, broken == null, broken, entries);
    }
}
