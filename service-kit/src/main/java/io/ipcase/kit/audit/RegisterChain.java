package io.ipcase.kit.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.kit.time.IpcaseClock;

/**
 * The service's one hash chain over changes to its registers — configuration and record data that is no aggregate of
 * its own (mediators, routes, webhooks, recipients, credit records): who changed which entry, when, to what
 * (docs/domain.md, "Audit"). Appended in the transaction of the change; the one-row head table, locked for update,
 * keeps the chain in one order. Tables: {@code register_audit_entry}, {@code register_audit_head} (each service's
 * migration).
 */
@ApplicationScoped
public class RegisterChain {

    /** the name of the register chain in checkpoints */
    public static final String CHAIN = "register";

    public record RegisterEntry(int seq, Instant at, String entityKind, String entityId, String action, String actor, String role,
            @Schema(type = SchemaType.OBJECT, description = "what the entry holds after the change") @JsonRawValue String newValues,
            String prevHash, String hash) {

        String recomputedHash() {
            return ChainHash.of(CHAIN, Integer.toString(seq), ChainHash.instant(at), entityKind, entityId, action, actor, role, newValues,
                    prevHash);
        }

        ChainLink link() {
            return new ChainLink(seq, prevHash, hash, recomputedHash());
        }
    }

    public record Head(int seq, String hash) {
    }

    /** the chain as stored and whether it holds: intact when every entry follows from the one before and the head is the newest */
    public record RegisterTrail(boolean intact, Integer firstBrokenSeq, int headSeq, List<RegisterEntry> entries) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final IpcaseClock clock;

    public RegisterChain(EntityManager entityManager, ObjectMapper json, IpcaseClock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a change to a register entry.
     *
     * @param newValues what the entry holds after the change (serialised to JSON); no personal data beyond what its own
     *                  table keeps
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegisterEntry append(String entityKind, String entityId, String action, String actor, String role, Object newValues) {
        Head head = lockHead();
        String values;
        try {
            values = newValues == null ? null : json.writeValueAsString(newValues);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the new values of " + entityKind + " " + entityId + " are not serialisable", e);
        }
        RegisterEntry unhashed = new RegisterEntry(head.seq() + 1, clock.now().truncatedTo(ChronoUnit.MICROS), entityKind, entityId, action,
                actor, role, values, head.seq() == 0 ? AuditChain.GENESIS : head.hash(), null);
        RegisterEntry entry = new RegisterEntry(unhashed.seq(), unhashed.at(), entityKind, entityId, action, actor, role, values,
                unhashed.prevHash(), unhashed.recomputedHash());
        entityManager.createNativeQuery("""
                insert into register_audit_entry (seq, at, entity_kind, entity_id, action, actor, role, new_values, prev_hash, hash)
                values (:seq, :at, :kind, :id, :action, :actor, :role, :values, :prev, :hash)
                """)
                .setParameter("seq", entry.seq())
                .setParameter("at", entry.at())
                .setParameter("kind", entityKind)
                .setParameter("id", entityId)
                .setParameter("action", action)
                .setParameter("actor", actor)
                .setParameter("role", role)
                .setParameter("values", values)
                .setParameter("prev", entry.prevHash())
                .setParameter("hash", entry.hash())
                .executeUpdate();
        entityManager.createNativeQuery("update register_audit_head set seq = :seq, hash = :hash where id = 1")
                .setParameter("seq", entry.seq())
                .setParameter("hash", entry.hash())
                .executeUpdate();
        return entry;
    }

    /** the head, locked until the transaction ends: appends and checkpoints take their turn on it */
    @Transactional(Transactional.TxType.MANDATORY)
    public Head lockHead() {
        Object[] row = (Object[]) entityManager.createNativeQuery("select seq, hash from register_audit_head where id = 1 for update")
                .getSingleResult();
        return new Head(((Number) row[0]).intValue(), (String) row[1]);
    }

    @Transactional
    public RegisterTrail trail() {
        Object[] head = (Object[]) entityManager.createNativeQuery("select seq, hash from register_audit_head where id = 1").getSingleResult();
        int headSeq = ((Number) head[0]).intValue();
        List<RegisterEntry> entries = entries(Integer.MAX_VALUE);
        Integer broken = ChainLink.firstBrokenSeq(entries.stream().map(RegisterEntry::link).toList());
        if (broken == null && entries.size() != headSeq) {
            broken = Math.min(entries.size(), headSeq) + 1;
        } else if (broken == null && headSeq > 0 && !entries.get(entries.size() - 1).hash().equals(head[1])) {
            broken = headSeq;
        }
        return new RegisterTrail(broken == null, broken, headSeq, entries);
    }

    /** the chain's links up to a seq, for checking a checkpoint */
    List<ChainLink> links(int upToSeq) {
        return entries(upToSeq).stream().map(RegisterEntry::link).toList();
    }

    @SuppressWarnings("unchecked")
    private List<RegisterEntry> entries(int upToSeq) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select seq, at, entity_kind, entity_id, action, actor, role, new_values, prev_hash, hash
                from register_audit_entry where seq <= :upTo order by seq
                """).setParameter("upTo", upToSeq).getResultList();
        return rows.stream()
                .map(r -> new RegisterEntry(((Number) r[0]).intValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (String) r[6], (String) r[7], (String) r[8], (String) r[9]))
                .toList();
    }

    /** a timestamptz as the JDBC driver hands it over */
    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a point in time: " + value);
    }
}
