package io.ipcase.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

/**
 * The exact SQL a service issues for one operation, captured from PostgreSQL's own statement log and replayed over
 * JDBC: the database's floor for that operation. PostgreSQL logs every statement (log_statement = all, switched on for
 * the capture alone) with its database, backend and bound parameters; the transaction of the last run of the operation
 * that contains {@code marker} is kept, BEGIN to COMMIT. On replay each UUID in the parameters is swapped for a fresh
 * one (the same within a transaction, so the rows still refer to each other) so that inserts do not collide.
 */
final class CapturedTransaction {

    /** one statement as the server logged it: its text ($n placeholders) and its bound values, null for NULL */
    record Sql(String text, List<String> parameters) {
    }

    private static final Pattern LINE = Pattern.compile("^@@([^|]*)\\|(\\d+)@@ (LOG|DETAIL):  (.*)$");
    private static final Pattern EXECUTE = Pattern.compile("^execute [^:]+: (.*)$", Pattern.DOTALL);
    private static final Pattern STATEMENT = Pattern.compile("^statement: (.*)$", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')");
    private static final Pattern UUID_VALUE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    final String database;
    final List<Sql> statements;

    private CapturedTransaction(String database, List<Sql> statements) {
        this.database = database;
        this.statements = statements;
    }

    /**
     * Runs {@code operation} (three times: the first may load what later runs find cached) with statement logging on, and
     * returns the last transaction of {@code database} that contains a statement matching {@code marker}.
     */
    static CapturedTransaction capture(Stack stack, String database, Pattern marker, Load.Call operation) throws Exception {
        Path log = stack.postgresLog();
        long from = Files.exists(log) ? Files.size(log) : 0;
        withStatementLog(stack, () -> {
            // a reload reaches each backend at its next command; the last run is the one kept
            for (int i = 0; i < 3; i++) {
                if (!operation.call()) {
                    throw new IllegalStateException("the operation to capture failed on " + database);
                }
            }
            return true;
        });
        List<Sql> found = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> lastTransaction(read(log, from), database, marker), t -> t != null && !t.isEmpty());
        return new CapturedTransaction(database, found);
    }

    /** runs {@code work} with PostgreSQL logging every statement with its database and backend, and no longer */
    private static void withStatementLog(Stack stack, Load.Call work) throws Exception {
        try (Connection admin = stack.postgres("postgres"); Statement s = admin.createStatement()) {
            s.execute("alter system set log_statement = 'all'");
            s.execute("alter system set log_line_prefix = '@@%d|%p@@ '");
            s.execute("select pg_reload_conf()");
            try {
                if (!work.call()) {
                    throw new IllegalStateException("the work to capture did not finish");
                }
            } finally {
                s.execute("alter system reset log_statement");
                s.execute("alter system reset log_line_prefix");
                s.execute("select pg_reload_conf()");
            }
        }
    }

    private static List<String> read(Path log, long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(from);
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
    }

    /**
     * Every transaction of each of {@code databases} holding a statement that matches {@code marker}, committed while
     * {@code work} ran with statement logging on ({@code work} returns once what it started is done).
     */
    static Map<String, List<CapturedTransaction>> captureAll(Stack stack, List<String> databases, Pattern marker, Load.Call work) throws Exception {
        Path log = stack.postgresLog();
        long from = Files.exists(log) ? Files.size(log) : 0;
        withStatementLog(stack, work);
        List<String> lines = read(log, from);
        Map<String, List<CapturedTransaction>> captured = new LinkedHashMap<>();
        for (String database : databases) {
            captured.put(database, transactions(lines, database, marker).stream().map(t -> new CapturedTransaction(database, t)).toList());
        }
        return captured;
    }

    /** the statements of each backend of {@code database}, in order, cut into transactions; the last one holding the marker */
    static List<Sql> lastTransaction(List<String> lines, String database, Pattern marker) {
        List<List<Sql>> all = transactions(lines, database, marker);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** the statements of each backend of {@code database}, in order, cut into transactions; those holding the marker */
    static List<List<Sql>> transactions(List<String> lines, String database, Pattern marker) {
        // a value or a statement may span lines: a line without the prefix continues the one before
        List<String[]> entries = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                entries.add(new String[] { m.group(1), m.group(2), m.group(3), m.group(4) });
            } else if (!entries.isEmpty()) {
                String[] last = entries.get(entries.size() - 1);
                last[3] = last[3] + "\n" + line;
            }
        }
        Map<String, List<Sql>> open = new HashMap<>();
        Map<String, Sql> lastStatement = new HashMap<>();
        List<List<Sql>> result = new ArrayList<>();
        for (String[] e : entries) {
            if (!e[0].equals(database)) {
                continue;
            }
            String backend = e[1];
            if (e[2].equals("DETAIL")) {
                Sql last = lastStatement.get(backend);
                if (last != null && e[3].regionMatches(true, 0, "parameters: ", 0, 12)) {
                    Map<Integer, String> values = new LinkedHashMap<>();
                    Matcher p = PARAMETER.matcher(e[3]);
                    while (p.find()) {
                        values.put(Integer.parseInt(p.group(1)), p.group(2).equals("NULL") ? null : p.group(3).replace("''", "'"));
                    }
                    last.parameters().addAll(values.values());
                }
                continue;
            }
            Matcher x = EXECUTE.matcher(e[3]);
            Matcher st = STATEMENT.matcher(e[3]);
            String text = x.matches() ? x.group(1) : st.matches() ? st.group(1) : null;
            if (text == null) {
                continue;
            }
            String verb = text.trim().toUpperCase();
            if (verb.equals("BEGIN")) {
                open.put(backend, new ArrayList<>());
                continue;
            }
            if (verb.equals("COMMIT")) {
                List<Sql> transaction = open.remove(backend);
                if (transaction != null && transaction.stream().anyMatch(s -> marker.matcher(s.text()).find())) {
                    result.add(transaction);
                }
                continue;
            }
            Sql sql = new Sql(text, new ArrayList<>());
            lastStatement.put(backend, sql);
            List<Sql> transaction = open.get(backend);
            if (transaction != null) {
                transaction.add(sql);
            }
        }
        return result;
    }

    /** a loop replaying the transaction on its own connection; close the connection with {@link Replay#close()} */
    Replay replay(Stack stack) throws SQLException {
        return replay(stack, () -> UUID.randomUUID().toString());
    }

    /**
     * As {@link #replay(Stack)}, a command on a row that exists: a UUID a statement other than an insert names first (the
     * row the command loads and locks) is taken from {@code existing}, so that each replay works on a row of its own and
     * its audit and outbox rows refer to a real one.
     */
    Replay replay(Stack stack, java.util.function.Supplier<String> existing) throws SQLException {
        return replay(stack, existing, null);
    }

    /** as {@link #replay(Stack, java.util.function.Supplier)}, handing the id of each row the first statement inserts to {@code created} */
    Replay replay(Stack stack, java.util.function.Supplier<String> existing, java.util.Queue<String> created) throws SQLException {
        return new Replay(stack.postgres(database), existing, created);
    }

    /**
     * A loop replaying each of the transactions in turn on one connection of its own, the rows they update as they were
     * (the ids of inserted rows fresh): a consumer's per-event transactions as the database alone runs them.
     */
    static final class InTurn implements Load.Call, AutoCloseable {
        private final Connection connection;
        private final List<Replay> replays = new ArrayList<>();
        private int next;

        InTurn(Stack stack, List<CapturedTransaction> transactions) throws SQLException {
            connection = stack.postgres(transactions.get(0).database);
            for (CapturedTransaction t : transactions) {
                replays.add(t.new Replay(connection, null, null));
            }
        }

        /** replays each once and keeps those that run as captured; @return how many were left out */
        int keepReplayable() {
            int before = replays.size();
            replays.removeIf(r -> {
                try {
                    return !r.call();
                } catch (SQLException e) {
                    return true;
                }
            });
            return before - replays.size();
        }

        int size() {
            return replays.size();
        }

        @Override
        public boolean call() throws SQLException {
            return replays.get(next++ % replays.size()).call();
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    /** a number drawn from a series (案号, 决定书文号: …〔2026〕12号), unique by constraint: each replay draws one of its own, above any an earlier run drew */
    private static final Pattern SERIES_NUMBER = Pattern.compile("(〔\\d{4}〕)(\\d+)(号)");
    private static final java.util.concurrent.atomic.AtomicLong DRAWN = new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() * 1000);

    final class Replay implements Load.Call, AutoCloseable {
        private final Connection connection;
        private final List<PreparedStatement> prepared = new ArrayList<>();

        private final java.util.function.Supplier<String> existing;
        private final java.util.Queue<String> created;

        private Replay(Connection connection, java.util.function.Supplier<String> existing, java.util.Queue<String> created) throws SQLException {
            this.connection = connection;
            this.existing = existing;
            this.created = created;
            connection.setAutoCommit(false);
            for (Sql sql : statements) {
                prepared.add(connection.prepareStatement(sql.text().replaceAll("\\$(\\d+)", "?")));
            }
        }

        @Override
        public boolean call() throws SQLException {
            Map<String, String> fresh = new LinkedHashMap<>();
            try {
                for (int i = 0; i < statements.size(); i++) {
                    PreparedStatement ps = prepared.get(i);
                    List<String> values = statements.get(i).parameters();
                    boolean insert = statements.get(i).text().trim().regionMatches(true, 0, "insert", 0, 6);
                    for (int p = 0; p < values.size(); p++) {
                        String v = values.get(p);
                        if (v != null) {
                            v = UUID_VALUE.matcher(v).replaceAll(m -> fresh.computeIfAbsent(m.group(),
                                    k -> insert ? UUID.randomUUID().toString() : existing == null ? k : existing.get()));
                            v = SERIES_NUMBER.matcher(v).replaceAll(m -> m.group(1) + DRAWN.incrementAndGet() + m.group(3));
                        }
                        ps.setString(p + 1, v);
                    }
                    ps.execute();
                }
                connection.commit();
                if (created != null && !fresh.isEmpty()) {
                    created.add(fresh.values().iterator().next());
                }
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    String describe() {
        StringBuilder out = new StringBuilder();
        for (Sql s : statements) {
            out.append("  ").append(s.text().length() > 90 ? s.text().substring(0, 90) + "…" : s.text()).append("  [").append(s.parameters().size())
                    .append(" values]\n");
        }
        return out.toString();
    }
}
