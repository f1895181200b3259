package org.cti.convene.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.cti.convene.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migration that bounds dates repairs what an older Convene let in ({@code -infinity}, a year 999999999)
 * before it adds its constraints, on a database of its own migrated to the version before it.
 */
class DateRepairMigrationTests {

    private static final String BEFORE_REPAIR = "13";

    @Test
    void impossibleDatesStoredEarlierAreBroughtIntoRangeAndTheEventsStayConsistent() throws SQLException {
        String url = scratchDatabase();
        Flyway.configure()
                .dataSource(url, TestDatabase.get().user(), TestDatabase.get().password())
                .locations("classpath:db/migration")
                .target(BEFORE_REPAIR)
                .load()
                .migrate();
        UUID broken = UUID.randomUUID();
        UUID fine = UUID.randomUUID();
        try (Connection c = connect(url);
                Statement sql = c.createStatement()) {
            sql.execute(event(fine, "fine", "'2027-03-10 12:00+00'", "'2027-03-10 12:30+00'", "null", "null"));
            sql.execute(event(broken, "broken", "'-infinity'", "'infinity'", "'-infinity'", "'2027-03-01 00:00+00'"));
            sql.execute("insert into event_session (id, event_id, position, title, starts_at, ends_at) values ('"
                    + UUID.randomUUID() + "', '" + broken + "', 0, '{\"en\": \"Opening\"}', '2027-03-10 12:00+00', "
                    + "'294276-01-01 00:00+00')");
            sql.execute("insert into invitation (id, event_id, type, name, email, language, seats, token_hash, "
                    + "expires_at, sent_at, created_at, updated_at) values ('" + UUID.randomUUID() + "', '" + broken
                    + "', 'PERSON', 'Ana', 'ana@example.org', 'es', 1, '\\x01', '-infinity', now(), now(), now())");
        }

        Flyway.configure()
                .dataSource(url, TestDatabase.get().user(), TestDatabase.get().password())
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection c = connect(url);
                Statement sql = c.createStatement()) {
            ResultSet e = sql.executeQuery("select starts_at, ends_at, registration_opens_at, registration_closes_at, "
                    + "sequence from event where id = '" + broken + "'");
            assertThat(e.next()).isTrue();
            assertThat(e.getObject(1, OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2000-01-01T00:00Z"));
            assertThat(e.getObject(2, OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2200-12-31T00:00Z"));
            assertThat(e.getObject(3)).isNull();
            assertThat(e.getObject(4, OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2027-03-01T00:00Z"));
            assertThat(e.getInt(5)).as("calendars are told of the change").isEqualTo(1);

            ResultSet s = sql.executeQuery("select ends_at from event_session where event_id = '" + broken + "'");
            assertThat(s.next()).isTrue();
            assertThat(s.getObject(1, OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2200-12-31T00:00Z"));

            ResultSet i = sql.executeQuery("select expires_at from invitation where event_id = '" + broken + "'");
            assertThat(i.next()).isTrue();
            assertThat(i.getObject(1, OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2200-12-31T00:00Z"));

            ResultSet f = sql.executeQuery(
                    "select ends_at, sequence, registration_closes_at from event where id = '" + fine + "'");
            assertThat(f.next()).isTrue();
            assertThat(f.getObject(1, OffsetDateTime.class))
                    .as("a short event with plausible dates is left alone")
                    .isEqualTo(OffsetDateTime.parse("2027-03-10T12:30Z"));
            assertThat(f.getInt(2)).isZero();
        }
    }

    private static String event(UUID id, String slug, String starts, String ends, String opens, String closes) {
        return "insert into event (id, slug, kind, title, venue_name, venue_country, time_zone, starts_at, ends_at, "
                + "registration_opens_at, registration_closes_at, capacity, access) values ('" + id + "', '" + slug
                + "', 'HIGH_LEVEL_EVENT', '{\"en\": \"An event\"}', 'Palais', 'CH', 'Europe/Zurich', " + starts + ", "
                + ends + ", " + opens + ", " + closes + ", 10, 'PUBLIC')";
    }

    private static String scratchDatabase() throws SQLException {
        TestDatabase.Coordinates db = TestDatabase.get();
        String name =
                "date_repair_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect("jdbc:" + db.url());
                Statement sql = c.createStatement()) {
            sql.execute("create database " + name);
        }
        return "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + name;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(
                url, TestDatabase.get().user(), TestDatabase.get().password());
    }
}
