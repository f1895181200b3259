package org.cti.convene.support;

import org.cti.convene.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A second Convene instance on the same test database, as a second pod would be. */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondInstance start() {
        TestDatabase.Coordinates db = TestDatabase.get();
        // command-line arguments outrank application.yaml, as a second pod's environment would
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--convene.database.embedded=false",
                        "--convene.data-dir=target/convene-test",
                        "--convene.database.url=" + db.url(),
                        "--convene.database.user=" + db.user(),
                        "--convene.database.password=" + db.password(),
                        "--logging.level.root=warn");
        return new SecondInstance(ctx);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
