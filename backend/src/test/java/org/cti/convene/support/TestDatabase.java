package org.cti.convene.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM: a Testcontainers PostgreSQL 17 where a Docker engine answers, the
 * embedded (zonky) PostgreSQL 17 otherwise. Never H2: the constraints, locks and SKIP LOCKED behaviour
 * under test are PostgreSQL's. Not closed per test class: Spring caches contexts across classes.
 */
public final class TestDatabase {

    public record Coordinates(String host, int port, String database, String user, String password) {
        public String url() {
            return "postgresql://" + host + ":" + port + "/" + database;
        }
    }

    private static Coordinates coordinates;

    private TestDatabase() {}

    public static synchronized Coordinates get() {
        if (coordinates == null) {
            coordinates = dockerAvailable() ? container() : embedded();
        }
        return coordinates;
    }

    private static boolean dockerAvailable() {
        if ("embedded".equals(System.getProperty("convene.test.database"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Coordinates container() {
        PostgreSQLContainer pg =
                new PostgreSQLContainer("postgres:17-alpine").withCommand("postgres", "-c", "max_connections=300");
        pg.start();
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stop));
        return new Coordinates(
                pg.getHost(), pg.getFirstMappedPort(), pg.getDatabaseName(), pg.getUsername(), pg.getPassword());
    }

    private static Coordinates embedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            return new Coordinates("localhost", pg.getPort(), "postgres", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        }
    }
}
