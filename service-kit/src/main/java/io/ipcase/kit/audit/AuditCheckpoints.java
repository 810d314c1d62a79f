package io.ipcase.kit.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.scheduler.Scheduled;

/**
 * Takes, keeps and checks the service's signed checkpoints of its audit chain heads (docs/domain.md, "Audit"): the
 * register chain and each aggregate chain named in {@code ipcase.audit.checkpoint.chains}
 * ({@code name:aggregate_table:entry_table:aggregate_column}). A checkpoint is stored in {@code audit_checkpoint}
 * and, after its transaction commits, appended as a JSON line to {@code ipcase.audit.checkpoint.file} — the copy an
 * operator keeps where the database's administrator cannot write. A database administrator who rewrites an audit
 * entry and recomputes every hash after it leaves chains that verify on their own, but not against a checkpoint signed
 * before: {@link #verify} says which chain no longer holds.
 */
@ApplicationScoped
@Startup // a production service without its signing key refuses to start, not at its first checkpoint
@IfBuildProperty(name = "ipcase.audit.checkpoints", stringValue = "enabled")
public class AuditCheckpoints {

    /** the key id of the local stack's key pair (service-kit's microprofile-config.properties), refused in production */
    static final String LOCAL_KEY_ID = "a3438de7ac30f176";

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class);
    private static final java.util.regex.Pattern SQL_NAME = java.util.regex.Pattern.compile("[a-z_]+");

    /** an aggregate chain: the aggregate's table keeps the head (audit_seq, audit_hash), the entry table the entries */
    record AggregateChain(String name, String aggregateTable, String entryTable, String aggregateColumn) {
        static AggregateChain parse(String spec) {
            String[] parts = spec.strip().split(":");
            if (parts.length != 4 || !java.util.Arrays.stream(parts).allMatch(p -> SQL_NAME.matcher(p).matches())) {
                throw new IllegalArgumentException("ipcase.audit.checkpoint.chains: '" + spec + "' is not name:aggregate_table:entry_table:aggregate_column");
            }
            return new AggregateChain(parts[0], parts[1], parts[2], parts[3]);
        }
    }

    public record Finding(long checkpoint, String chain, String id, Integer seq, String problem) {
    }

    /** intact when every checkpoint's signature holds and every head it names is still in its chain as signed */
    public record Verification(boolean intact, int checkpoints, int heads, Set<String> keyIds, List<Finding> findings) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final IpcaseClock clock;
    private final RegisterChain register;
    private final String service;
    private final Map<String, AggregateChain> chains = new LinkedHashMap<>();
    private final Optional<String> file;
    private final CheckpointSigner signer;
    private final int maxHeads;

    public AuditCheckpoints(EntityManager entityManager, ObjectMapper json, TransactionSynchronizationRegistry transactions, IpcaseClock clock,
            RegisterChain register,
            @ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "ipcase.audit.checkpoint.chains") Optional<List<String>> chains,
            @ConfigProperty(name = "ipcase.audit.checkpoint.file") Optional<String> file,
            @ConfigProperty(name = "ipcase.audit.signing-key") Optional<String> signingKey,
            @ConfigProperty(name = "ipcase.audit.signing-public-key") Optional<String> signingPublicKey,
            @ConfigProperty(name = "ipcase.audit.checkpoint.max-heads", defaultValue = "2000") int maxHeads) {
        this.entityManager = entityManager;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
        this.register = register;
        this.service = service;
        chains.orElse(List.of()).stream().map(AggregateChain::parse).forEach(c -> this.chains.put(c.name(), c));
        this.file = file.filter(f -> !f.isBlank());
        this.maxHeads = maxHeads;
        this.signer = signer(signingKey, signingPublicKey, ConfigUtils.getProfiles());
    }

    /** the configured key pair; outside production a pair made at start-up when none is configured */
    static CheckpointSigner signer(Optional<String> signingKey, Optional<String> signingPublicKey, List<String> profiles) {
        boolean production = profiles.contains("prod");
        if (signingKey.isEmpty() || signingPublicKey.isEmpty()) {
            if (production) {
                throw new IllegalStateException("production signs audit checkpoints with its own key: set IPCASE_AUDIT_SIGNING_KEY and "
                        + "IPCASE_AUDIT_SIGNING_PUBLIC_KEY");
            }
            CheckpointSigner generated = CheckpointSigner.generated();
            LOG.warnf("audit checkpoints are signed with a key made at start-up (key id %s); set IPCASE_AUDIT_SIGNING_KEY", generated.keyId());
            return generated;
        }
        CheckpointSigner configured = CheckpointSigner.of(signingKey.get(), signingPublicKey.get());
        if (production && LOCAL_KEY_ID.equals(configured.keyId())) {
            throw new IllegalStateException("production must not sign audit checkpoints with the local key, which is in the repository: "
                    + "set IPCASE_AUDIT_SIGNING_KEY and IPCASE_AUDIT_SIGNING_PUBLIC_KEY to the deployment's own");
        }
        return configured;
    }

    @Scheduled(every = "${ipcase.audit.checkpoint.every:off}", delayed = "${ipcase.audit.checkpoint.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // a checkpoint signs at most max-heads heads (it stays a line an operator's check can send); the rest go in the next
        Optional<Checkpoint> taken;
        do {
            taken = take();
            taken.ifPresent(c -> LOG.infof("audit checkpoint %d of %s: %d chain heads", c.seq(), service, c.heads().size()));
        } while (taken.isPresent() && taken.get().heads().size() >= maxHeads);
    }

    /** the key id checkpoints are signed with now */
    public String keyId() {
        return signer.keyId();
    }

    /** Signs the heads changed since the last checkpoint; empty when none changed. */
    @Transactional
    public Optional<Checkpoint> take() {
        // on the register chain's head: one checkpoint at a time, and no register change half in one
        RegisterChain.Head registerHead = register.lockHead();
        List<Checkpoint.Head> heads = new ArrayList<>();
        if (registerHead.seq() > 0 && !Integer.valueOf(registerHead.seq()).equals(checkpointedSeq(RegisterChain.CHAIN, RegisterChain.CHAIN))) {
            heads.add(new Checkpoint.Head(RegisterChain.CHAIN, RegisterChain.CHAIN, registerHead.seq(), registerHead.hash()));
        }
        for (AggregateChain chain : chains.values()) {
            if (heads.size() < maxHeads) {
                heads.addAll(changedHeads(chain, maxHeads - heads.size()));
            }
        }
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Object[] last = lastCheckpoint();
        long seq = last == null ? 1 : ((Number) last[0]).longValue() + 1;
        String previous = last == null ? null : parse((String) last[1]).digest();
        Checkpoint checkpoint = new Checkpoint(service, seq, clock.now().truncatedTo(ChronoUnit.MICROS).toString(), previous, signer.keyId(),
                signer.publicKey(), heads, null).signedBy(signer);
        String line = write(checkpoint);
        entityManager.createNativeQuery("insert into audit_checkpoint (seq, taken_at, checkpoint) values (:seq, :at, :checkpoint)")
                .setParameter("seq", seq).setParameter("at", clock.now()).setParameter("checkpoint", line).executeUpdate();
        for (Checkpoint.Head head : heads) {
            entityManager.createNativeQuery("""
                    insert into audit_checkpoint_head (chain, chain_id, seq, hash) values (:chain, :id, :seq, :hash)
                    on conflict (chain, chain_id) do update set seq = excluded.seq, hash = excluded.hash
                    """).setParameter("chain", head.chain()).setParameter("id", head.id()).setParameter("seq", head.seq())
                    .setParameter("hash", head.hash()).executeUpdate();
        }
        file.ifPresent(path -> appendAfterCommit(Path.of(path), line));
        return Optional.of(checkpoint);
    }

    /** the checkpoints kept in the database, oldest first (the operator's file is the copy that counts) */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Checkpoint> kept(long afterSeq, int limit) {
        List<String> rows = entityManager.createNativeQuery("select checkpoint from audit_checkpoint where seq > :after order by seq")
                .setParameter("after", afterSeq).setMaxResults(limit).getResultList();
        return rows.stream().map(this::parse).toList();
    }

    /**
     * Checks checkpoints (an operator's file, oldest first) against the chains as they are now.
     *
     * @param trustedKeyId when set, a checkpoint signed with another key is a finding
     */
    @Transactional
    public Verification verify(List<Checkpoint> checkpoints, String trustedKeyId) {
        List<Finding> findings = new ArrayList<>();
        Set<String> keyIds = new LinkedHashSet<>();
        Map<String, List<ChainLink>> linksByChain = new HashMap<>();
        int headCount = 0;
        Checkpoint before = null;
        for (Checkpoint c : checkpoints) {
            keyIds.add(c.keyId());
            if (!service.equals(c.service())) {
                findings.add(new Finding(c.seq(), null, null, null, "a checkpoint of " + c.service() + ", not of " + service));
                continue;
            }
            if (!c.signatureHolds()) {
                findings.add(new Finding(c.seq(), null, null, null, "the signature does not hold: the checkpoint was altered or not signed by key " + c.keyId()));
                continue;
            }
            if (trustedKeyId != null && !trustedKeyId.equals(c.keyId())) {
                findings.add(new Finding(c.seq(), null, null, null, "signed with key " + c.keyId() + ", not with the trusted key " + trustedKeyId));
            }
            if (before != null && c.seq() == before.seq() + 1 && !before.digest().equals(c.previous())) {
                findings.add(new Finding(c.seq(), null, null, null, "does not follow checkpoint " + before.seq() + ": one of them was replaced"));
            } else if (before != null && c.seq() != before.seq() + 1) {
                findings.add(new Finding(c.seq(), null, null, null, "checkpoints " + (before.seq() + 1) + " to " + (c.seq() - 1) + " are missing"));
            }
            before = c;
            for (Checkpoint.Head head : c.heads()) {
                headCount++;
                List<ChainLink> links = linksByChain.computeIfAbsent(head.chain() + "/" + head.id(), k -> links(head.chain(), head.id()));
                String problem = links == null ? "no such chain in " + service : problem(links, head);
                if (problem != null) {
                    findings.add(new Finding(c.seq(), head.chain(), head.id(), head.seq(), problem));
                }
            }
        }
        return new Verification(findings.isEmpty(), checkpoints.size(), headCount, keyIds, findings);
    }

    /** what is wrong with the chain against a signed head, or null when it holds up to it */
    static String problem(List<ChainLink> links, Checkpoint.Head head) {
        if (head.seq() < 1) {
            return "a head names no entry (seq " + head.seq() + ")";
        }
        List<ChainLink> upToHead = links.stream().filter(l -> l.seq() <= head.seq()).toList();
        Integer broken = ChainLink.firstBrokenSeq(upToHead);
        if (broken != null) {
            return "entry " + broken + " was changed or removed: the chain breaks there";
        }
        if (upToHead.size() < head.seq()) {
            return "entries " + (upToHead.size() + 1) + " to " + head.seq() + " are missing";
        }
        if (!upToHead.get(upToHead.size() - 1).hash().equals(head.hash())) {
            return "rewritten: the chain holds together but entry " + head.seq() + " is not the one signed — an entry up to it was changed and the hashes after it recomputed";
        }
        return null;
    }

    private List<ChainLink> links(String chainName, String id) {
        if (RegisterChain.CHAIN.equals(chainName)) {
            return RegisterChain.CHAIN.equals(id) ? register.links(Integer.MAX_VALUE) : null;
        }
        AggregateChain chain = chains.get(chainName);
        UUID aggregateId;
        try {
            aggregateId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (chain == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select seq, at, actor, role, action, before_state, after_state, reason, details, prev_hash, hash from "
                + chain.entryTable() + " where " + chain.aggregateColumn() + " = :id order by seq").setParameter("id", aggregateId).getResultList();
        return rows.stream().map(r -> {
            int seq = ((Number) r[0]).intValue();
            String recomputed = ChainHash.of(aggregateId.toString(), Integer.toString(seq), ChainHash.instant(RegisterChain.instant(r[1])), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9]);
            return new ChainLink(seq, (String) r[9], (String) r[10], recomputed);
        }).toList();
    }

    private Integer checkpointedSeq(String chain, String id) {
        List<?> rows = entityManager.createNativeQuery("select seq from audit_checkpoint_head where chain = :chain and chain_id = :id")
                .setParameter("chain", chain).setParameter("id", id).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<Checkpoint.Head> changedHeads(AggregateChain chain, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("select cast(a.id as varchar), a.audit_seq, a.audit_hash from " + chain.aggregateTable()
                + " a left join audit_checkpoint_head h on h.chain = :chain and h.chain_id = cast(a.id as varchar)"
                + " where a.audit_seq > 0 and (h.seq is null or h.seq <> a.audit_seq) order by a.id")
                .setParameter("chain", chain.name()).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Checkpoint.Head(chain.name(), (String) r[0], ((Number) r[1]).intValue(), (String) r[2])).toList();
    }

    private Object[] lastCheckpoint() {
        List<?> rows = entityManager.createNativeQuery("select seq, checkpoint from audit_checkpoint order by seq desc").setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private String write(Checkpoint checkpoint) {
        try {
            return json.writeValueAsString(checkpoint);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Checkpoint parse(String line) {
        try {
            return json.readValue(line, Checkpoint.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored checkpoint is not one", e);
        }
    }

    private void appendAfterCommit(Path path, String line) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    if (path.getParent() != null) {
                        Files.createDirectories(path.getParent());
                    }
                    Files.writeString(path, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    // the checkpoint stays in audit_checkpoint: GET /api/v1/audit/checkpoints gives it to the operator
                    LOG.errorf(e, "audit checkpoint could not be appended to %s", path);
                }
            }
        });
    }
}
