package io.ipcase.infra.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * A database administrator who rewrites an audit entry and then recomputes every hash after it, and the chain's head,
 * so that the chain alone still verifies (docs/domain.md, "Audit"): what only a signed checkpoint kept elsewhere shows.
 * The hash is recomputed here from the documented canonical form, not with the services' code.
 */
public final class RogueAdministrator {

    private static final String GENESIS = "0".repeat(64);

    private RogueAdministrator() {
    }

    /** changes the new values of register entry {@code seq} and re-links the register chain after it */
    public static void rewriteRegisterEntry(DataSource db, int seq, String newValues) {
        inTransaction(db, c -> {
            update(c, "update register_audit_entry set new_values = ? where seq = ?", newValues, seq);
            List<String[]> rows = rows(c, "select seq, at, entity_kind, entity_id, action, actor, role, new_values from register_audit_entry"
                    + " where seq >= ? order by seq", seq);
            String prev = seq == 1 ? GENESIS : single(c, "select hash from register_audit_entry where seq = ?", seq - 1);
            for (String[] r : rows) {
                String hash = sha256("register", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], prev);
                update(c, "update register_audit_entry set prev_hash = ?, hash = ? where seq = ?", prev, hash, Integer.parseInt(r[0]));
                prev = hash;
            }
            update(c, "update register_audit_head set hash = ? where id = 1", prev);
        });
    }

    /**
     * changes the reason of entry {@code seq} of one aggregate's chain and re-links the chain after it, and the head kept
     * on the aggregate's row
     */
    public static void rewriteAggregateEntry(DataSource db, String aggregateTable, String entryTable, String aggregateColumn, UUID id, int seq,
            String reason) {
        inTransaction(db, c -> {
            update(c, "update " + entryTable + " set reason = ? where " + aggregateColumn + " = ? and seq = ?", reason, id, seq);
            List<String[]> rows = rows(c, "select seq, at, actor, role, action, before_state, after_state, reason, details from " + entryTable
                    + " where " + aggregateColumn + " = ? and seq >= ? order by seq", id, seq);
            String prev = seq == 1 ? GENESIS
                    : single(c, "select hash from " + entryTable + " where " + aggregateColumn + " = ? and seq = ?", id, seq - 1);
            for (String[] r : rows) {
                String hash = sha256(id.toString(), r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], prev);
                update(c, "update " + entryTable + " set prev_hash = ?, hash = ? where " + aggregateColumn + " = ? and seq = ?", prev, hash, id,
                        Integer.parseInt(r[0]));
                prev = hash;
            }
            update(c, "update " + aggregateTable + " set audit_hash = ? where id = ?", prev, id);
        });
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private static void inTransaction(DataSource db, Work work) {
        try (Connection c = db.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                // what an administrator can do: the append-only triggers do not fire for replication
                update(c, "set local session_replication_role = replica");
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        }
    }

    private static String single(Connection c, String sql, Object... params) throws SQLException {
        List<String[]> rows = rows(c, sql, params);
        return rows.get(0)[0];
    }

    /** rows as text; timestamps as the instant's ISO text in microseconds, as hashed */
    private static List<String[]> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                List<String[]> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        Object value = rs.getObject(i + 1);
                        row[i] = value instanceof Timestamp t ? t.toInstant().truncatedTo(ChronoUnit.MICROS).toString()
                                : value == null ? null : value.toString();
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    private static String sha256(String... fields) {
        StringBuilder canonical = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            canonical.append(i > 0 ? "\u001f" : "").append(fields[i] == null ? "" : fields[i]);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
