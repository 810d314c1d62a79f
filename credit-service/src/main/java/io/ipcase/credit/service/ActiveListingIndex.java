package io.ipcase.credit.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.ipcase.credit.domain.ListingRule;
import io.ipcase.credit.domain.ListingState;
import io.ipcase.kit.parties.PartyKind;
import io.quarkus.scheduler.Scheduled;

/**
 * The listings in force, held in memory for credit checks (read far more often than listings change; most checks are of
 * subjects never listed, answered without touching the database).
 * <ul>
 * <li>Loaded whole on first use.</li>
 * <li>This replica's own changes are read back right after their commit, before the command's answer goes out: a check
 * after a listing decision sees it at once.</li>
 * <li>Another replica's changes are read every {@code ipcase.credit.check-index.refresh} (1 s): the rows whose
 * {@code changed_at} (the database's transaction time, set by a trigger) falls after the last look less an overlap longer
 * than any transaction may run, so a row that committed late is never missed.</li>
 * <li>Each row carries its version: an older read never overwrites a newer one.</li>
 * <li>When the database has not answered for {@code ipcase.credit.check-index.max-staleness}, checks are refused (503)
 * rather than answered from an index that may be out of date.</li>
 * </ul>
 */
@ApplicationScoped
public class ActiveListingIndex {

    private static final Logger LOG = Logger.getLogger(ActiveListingIndex.class);
    private static final String COLUMNS = "select id, version, state, subject_id, subject_kind, subject_name, rule, reason, legal_basis, authority, "
            + "decision_number, decided_on, listed_on, ends_on, legal_rep_subject_id from listing";
    private static final Comparator<ActiveListing> ORDER = Comparator.comparing(ActiveListing::listedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ActiveListing::listingId);
    /** longer than any transaction may run (quarkus.transaction-manager.default-transaction-timeout, 60 s) */
    private static final Duration OVERLAP = Duration.ofMinutes(2);

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Duration maxStaleness;

    /** what each listing seen was, by id: its version, and its entry while it is in force */
    private final Map<UUID, Long> versions = new ConcurrentHashMap<>();
    private final Map<UUID, ActiveListing> active = new ConcurrentHashMap<>();
    private final Map<String, List<ActiveListing>> bySubject = new ConcurrentHashMap<>();
    private final Map<String, List<ActiveListing>> byLegalRepresentative = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private volatile Timestamp lastLook;
    private volatile long lastAnswerNanos;

    public ActiveListingIndex(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "ipcase.credit.check-index.max-staleness", defaultValue = "30s") Duration maxStaleness) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.maxStaleness = maxStaleness;
    }

    /** the listings in force of this subject, by listing day */
    public List<ActiveListing> of(String subjectId) {
        ready();
        return bySubject.getOrDefault(subjectId, List.of());
    }

    /** the listings in force of organisations this subject is the legal representative of, by listing day */
    public List<ActiveListing> representedBy(String subjectId) {
        ready();
        return byLegalRepresentative.getOrDefault(subjectId, List.of());
    }

    /** the index may answer: loaded, and the database heard from within the staleness allowed */
    private void ready() {
        if (!loaded) {
            load();
        }
        if (System.nanoTime() - lastAnswerNanos > maxStaleness.toNanos()) {
            refresh();
            if (System.nanoTime() - lastAnswerNanos > maxStaleness.toNanos()) {
                throw new IndexUnavailable(new java.sql.SQLTransientConnectionException("no answer from the database for over " + maxStaleness));
            }
        }
    }

    /** the database cannot be reached: a credit check cannot be answered for sure (a connection failure underneath: 503) */
    public static final class IndexUnavailable extends RuntimeException {
        IndexUnavailable(SQLException cause) {
            super("The listings in force could not be read from the database", cause, false, false);
        }
    }

    private synchronized void load() {
        if (loaded) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            Timestamp now = databaseTime(c);
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " where state in ('LISTED', 'REPAIR_REQUESTED')")) {
                apply(ps);
            }
            lastLook = now;
            lastAnswerNanos = System.nanoTime();
            loaded = true;
            LOG.infof("credit checks: %d listings in force indexed", active.size());
        } catch (SQLException e) {
            throw new IndexUnavailable(e);
        }
    }

    /** reads the rows changed since the last look (less the overlap): other replicas' changes */
    @Scheduled(every = "${ipcase.credit.check-index.refresh:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void refresh() {
        if (!loaded) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            Timestamp now = databaseTime(c);
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " where changed_at > ?")) {
                ps.setTimestamp(1, Timestamp.from(lastLook.toInstant().minus(OVERLAP)));
                apply(ps);
            }
            lastLook = now;
            lastAnswerNanos = System.nanoTime();
        } catch (SQLException e) {
            LOG.warnf("credit checks: the listings in force could not be refreshed (%s)", e.getMessage());
        }
    }

    /** a listing changes in the current transaction: read it back once the transaction has committed */
    public void changed(UUID listingId) {
        @SuppressWarnings("unchecked")
        Set<UUID> pending = (Set<UUID>) transactions.getResource(ActiveListingIndex.class);
        if (pending == null) {
            Set<UUID> ids = new LinkedHashSet<>();
            transactions.putResource(ActiveListingIndex.class, ids);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && loaded) {
                        reload(ids);
                    }
                }
            });
            pending = ids;
        }
        pending.add(listingId);
    }

    private synchronized void reload(Set<UUID> ids) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(COLUMNS + " where id = any (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            apply(ps);
        } catch (SQLException e) {
            // the next refresh reads it
            LOG.warnf("credit checks: %d changed listings not read back yet (%s)", ids.size(), e.getMessage());
        }
    }

    private void apply(PreparedStatement ps) throws SQLException {
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> representatives = new LinkedHashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject("id", UUID.class);
                long version = rs.getLong("version");
                Long known = versions.get(id);
                if (known != null && known >= version) {
                    // read before (the overlap reads a row again), or older than what was read
                    continue;
                }
                versions.put(id, version);
                ActiveListing before = active.remove(id);
                if (before != null) {
                    subjects.add(before.subjectId());
                    if (before.legalRepSubjectId() != null) {
                        representatives.add(before.legalRepSubjectId());
                    }
                }
                if (ListingState.valueOf(rs.getString("state")).isActive()) {
                    ActiveListing now = new ActiveListing(id, rs.getString("subject_id"), PartyKind.valueOf(rs.getString("subject_kind")),
                            rs.getString("subject_name"), ListingRule.valueOf(rs.getString("rule")), rs.getString("reason"), rs.getString("legal_basis"),
                            rs.getString("authority"), rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class),
                            rs.getObject("listed_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("legal_rep_subject_id"));
                    active.put(id, now);
                    subjects.add(now.subjectId());
                    if (now.legalRepSubjectId() != null) {
                        representatives.add(now.legalRepSubjectId());
                    }
                }
            }
        }
        if (subjects.isEmpty() && representatives.isEmpty()) {
            return;
        }
        // rebuild the entries of the subjects touched from the listings in force
        Map<String, List<ActiveListing>> own = new HashMap<>();
        Map<String, List<ActiveListing>> represented = new HashMap<>();
        for (ActiveListing l : active.values()) {
            if (subjects.contains(l.subjectId())) {
                own.computeIfAbsent(l.subjectId(), k -> new ArrayList<>()).add(l);
            }
            if (l.legalRepSubjectId() != null && representatives.contains(l.legalRepSubjectId())) {
                represented.computeIfAbsent(l.legalRepSubjectId(), k -> new ArrayList<>()).add(l);
            }
        }
        put(bySubject, subjects, own);
        put(byLegalRepresentative, representatives, represented);
    }

    private static void put(Map<String, List<ActiveListing>> index, Set<String> keys, Map<String, List<ActiveListing>> found) {
        for (String key : keys) {
            List<ActiveListing> listings = found.get(key);
            if (listings == null) {
                index.remove(key);
            } else {
                listings.sort(ORDER);
                index.put(key, List.copyOf(listings));
            }
        }
    }

    private static Timestamp databaseTime(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select now()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }
}
