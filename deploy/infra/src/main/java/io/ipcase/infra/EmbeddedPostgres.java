package io.ipcase.infra;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A real PostgreSQL server from the zonky binaries, running as a child process.
 * With a data directory given, the data survives a stop and start.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", dataDir == null ? "off" : "on")
                .setPGStartupWait(java.time.Duration.ofSeconds(30));
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDir != null) {
            // the server's own log beside its data (postgres.log): what an operator reads, and where deploy/bench
            // captures the SQL a service issues for an operation (log_statement, switched on for the capture alone)
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile());
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false).setOutputRedirector(log).setErrorRedirector(log);
        }
        return new EmbeddedPostgres(builder.start());
    }

    public String jdbcUrl(String database) {
        return server.getJdbcUrl("postgres", database);
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
