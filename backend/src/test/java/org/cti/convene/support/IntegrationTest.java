package org.cti.convene.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against a real PostgreSQL ({@link TestDatabase} decides which),
 * with a {@code WebTestClient}. Every integration test uses this one annotation so that Spring can share
 * one context among them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "convene.database.embedded=false",
            "convene.data-dir=target/convene-test",
            "convene.admin.email=admin@test.example",
            "convene.admin.password=admin-password-for-tests"
        })
@AutoConfigureWebTestClient(timeout = "PT30S")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({FreshConnections.class, SettableClock.Configuration.class})
public @interface IntegrationTest {}
