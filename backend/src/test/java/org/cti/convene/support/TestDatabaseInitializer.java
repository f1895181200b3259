package org.cti.convene.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points R2DBC and Flyway at the per-JVM {@link TestDatabase}. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Coordinates db = TestDatabase.get();
        TestPropertyValues.of(
                        "spring.r2dbc.url=r2dbc:" + db.url(),
                        "spring.r2dbc.username=" + db.user(),
                        "spring.r2dbc.password=" + db.password(),
                        "spring.flyway.url=jdbc:" + db.url(),
                        "spring.flyway.user=" + db.user(),
                        "spring.flyway.password=" + db.password())
                .applyTo(context);
    }
}
