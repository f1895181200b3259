package org.cti.convene.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points R2DBC (run time) and Flyway (JDBC, start-up only) at one PostgreSQL.
 *
 * <p>{@code CONVENE_DATABASE_URL} ({@code postgresql://host:5432/db}) with {@code _USER} and
 * {@code _PASSWORD} configure both. Without a URL, and unless {@code convene.database.embedded=false}
 * (tests set it and bring their own database), an embedded real PostgreSQL starts with its data under
 * {@code convene.database.embedded-dir} (default {@code .convene/postgres}), so a second run finds the
 * first one's data.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final String SOURCE = "conveneDatabase";
    private static volatile EmbeddedPostgres embedded;

    private final Log log;

    public DatabaseEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(DatabaseEnvironment.class);
    }

    @Override
    public int getOrder() {
        // after application.yaml and profiles are loaded, so they can switch the embedded database off
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String url = env.getProperty("convene.database.url", "").trim();
        String user = env.getProperty("convene.database.user", "");
        String password = env.getProperty("convene.database.password", "");
        if (url.isEmpty()) {
            if (!env.getProperty("convene.database.embedded", Boolean.class, true)) {
                return;
            }
            Path dir = Path.of(env.getProperty("convene.database.embedded-dir", ".convene/postgres"))
                    .toAbsolutePath();
            int port = env.getProperty("convene.database.embedded-port", Integer.class, 54329);
            EmbeddedPostgres pg = startEmbedded(dir, port);
            url = "postgresql://localhost:" + pg.getPort() + "/postgres";
            user = "postgres";
            password = "postgres";
            log.info("No CONVENE_DATABASE_URL: started embedded PostgreSQL on port " + pg.getPort()
                    + " with its data in " + dir);
        }
        String bare = url.replaceFirst("^(jdbc:|r2dbc:)", "");
        if (!bare.startsWith("postgresql://")) {
            throw new IllegalStateException("CONVENE_DATABASE_URL must look like postgresql://host:5432/db");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("spring.r2dbc.url", "r2dbc:" + bare);
        props.put("spring.r2dbc.username", user);
        props.put("spring.r2dbc.password", password);
        props.put("spring.flyway.url", "jdbc:" + bare);
        props.put("spring.flyway.user", user);
        props.put("spring.flyway.password", password);
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE, props));
    }

    private static synchronized EmbeddedPostgres startEmbedded(Path dir, int port) {
        if (embedded != null) {
            return embedded;
        }
        try {
            Files.createDirectories(dir.getParent());
            boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
            Files.deleteIfExists(dir.resolve("postmaster.pid")); // left behind when a previous run was killed
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            EmbeddedPostgres started = embedded;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    started.close();
                                } catch (IOException ignored) {
                                    // the JVM is going away; PostgreSQL shuts down with it
                                }
                            },
                            "embedded-postgres-stop"));
            if (fresh) {
                System.out.println("Created a new embedded PostgreSQL database in " + dir);
            }
            return embedded;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }
}
