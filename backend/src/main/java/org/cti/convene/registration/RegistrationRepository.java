package org.cti.convene.registration;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for registrations. Seats and session sign-ups are in {@link SeatRepository}. */
@Repository
class RegistrationRepository {

    static final String COLUMNS = """
            r.id, r.event_id, r.arrival, r.status, r.honorific, r.given_name, r.family_name, r.badge_name,
            r.function_title, r.organisation, r.country_code, r.email, r.phone, r.language, r.role, r.dietary,
            r.accessibility, r.visa_letter, r.consent_at, r.consent_version, r.token_version, r.badge_version,
            r.delegation_id, r.invitation_id, r.created_at, r.updated_at,
            coalesce((select array_agg(s.session_id) from session_signup s where s.registration_id = r.id), '{}')
                as session_ids
            """;

    private final DatabaseClient db;

    RegistrationRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The columns a new registration is written with, in the order of {@link #insertValues}. */
    static final String INSERT_COLUMNS = """
            id, event_id, status, honorific, given_name, family_name, badge_name, function_title, organisation,
            country_code, email, phone, language, role, dietary, accessibility, visa_letter, consent_at,
            consent_version, manage_token_hash, token_version, badge_version, delegation_id, invitation_id,
            search_text, created_at, updated_at, status_changed_at""";

    /** The values of {@link #INSERT_COLUMNS}, bound by {@link #insertBindings}; the status is an expression. */
    static String insertValues(String status) {
        return """
                :id, :eventId, %s, :honorific, :givenName, :familyName, :badgeName, :function, :organisation,
                :country, :email, :phone, :language, :role, :dietary, :accessibility, :visa, :consentAt,
                :consentVersion, :tokenHash, :tokenVersion, :badgeVersion, :delegationId, :invitationId, :search,
                :now, :now, :now""".formatted(status);
    }

    Mono<Void> insert(Registration r, byte[] tokenHash, String searchText) {
        return db.sql("insert into registration (" + INSERT_COLUMNS + ") values (" + insertValues(":status") + ")")
                .bindValues(insertBindings(r, tokenHash, searchText))
                .then();
    }

    static Map<String, Object> insertBindings(Registration r, byte[] tokenHash, String searchText) {
        return Map.ofEntries(
                Map.entry("id", r.id()),
                Map.entry("eventId", r.eventId()),
                Map.entry("status", r.status().name()),
                Map.entry("honorific", text(r.honorific())),
                Map.entry("givenName", r.givenName()),
                Map.entry("familyName", r.familyName()),
                Map.entry("badgeName", r.badgeName()),
                Map.entry("function", text(r.function())),
                Map.entry("organisation", text(r.organisation())),
                Map.entry("country", r.countryCode()),
                Map.entry("email", r.email()),
                Map.entry("phone", text(r.phone())),
                Map.entry("language", r.language()),
                Map.entry("role", r.role().name()),
                Map.entry("dietary", text(r.dietary())),
                Map.entry("accessibility", text(r.accessibility())),
                Map.entry("visa", r.visaLetter()),
                Map.entry("consentAt", utc(r.consentAt())),
                Map.entry("consentVersion", r.consentVersion()),
                Map.entry("tokenHash", tokenHash),
                Map.entry("tokenVersion", r.tokenVersion()),
                Map.entry("badgeVersion", r.badgeVersion()),
                Map.entry(
                        "delegationId",
                        r.delegationId() == null ? Parameter.empty(UUID.class) : Parameter.from(r.delegationId())),
                Map.entry(
                        "invitationId",
                        r.invitationId() == null ? Parameter.empty(UUID.class) : Parameter.from(r.invitationId())),
                Map.entry("search", searchText),
                Map.entry("now", utc(r.createdAt())));
    }

    Mono<Registration> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from registration r where r.id = :id")
                .bind("id", id)
                .map(RegistrationRepository::registration)
                .one();
    }

    /** Locks the registration for the rest of the transaction. */
    Mono<Registration> lock(UUID id) {
        return db.sql("select " + COLUMNS + " from registration r where r.id = :id for update")
                .bind("id", id)
                .map(RegistrationRepository::registration)
                .one();
    }

    Mono<Registration> findByTokenHash(byte[] hash) {
        return db.sql("select " + COLUMNS + " from registration r where r.manage_token_hash = :hash")
                .bind("hash", hash)
                .map(RegistrationRepository::registration)
                .one();
    }

    Mono<Registration> findLiveByEmail(UUID eventId, String email) {
        return db.sql("select " + COLUMNS + """
                         from registration r where r.event_id = :eventId and r.email = :email
                          and r.status in ('PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED')
                        """)
                .bind("eventId", eventId)
                .bind("email", email)
                .map(RegistrationRepository::registration)
                .one();
    }

    /** Confirmed registrations and those that ended (a feed must keep them, cancelled, for calendars to drop them). */
    Flux<Registration> findForCalendarByEmail(String email) {
        return db.sql("select " + COLUMNS + " from registration r where r.email = :email"
                        + " and r.status in ('CONFIRMED', 'CANCELLED', 'DECLINED')"
                        + " order by r.created_at limit 500")
                .bind("email", email)
                .map(RegistrationRepository::registration)
                .all();
    }

    Flux<Registration> findByDelegation(UUID delegationId) {
        return db.sql("select " + COLUMNS + " from registration r where r.delegation_id = :d order by r.arrival")
                .bind("d", delegationId)
                .map(RegistrationRepository::registration)
                .all();
    }

    Flux<Registration> findByInvitation(UUID invitationId) {
        return db.sql("select " + COLUMNS + " from registration r where r.invitation_id = :i order by r.arrival")
                .bind("i", invitationId)
                .map(RegistrationRepository::registration)
                .all();
    }

    Mono<Void> setStatus(UUID id, RegistrationStatus status) {
        return db.sql("""
                        update registration set status = :status, status_changed_at = now(), updated_at = now()
                         where id = :id
                        """).bind("status", status.name()).bind("id", id).then();
    }

    Mono<Void> updateDetails(Registration r, String searchText) {
        return db.sql("""
                        update registration set honorific = :honorific, given_name = :givenName,
                            family_name = :familyName, badge_name = :badgeName, function_title = :function,
                            organisation = :organisation, country_code = :country, phone = :phone,
                            language = :language, role = :role, dietary = :dietary, accessibility = :accessibility,
                            visa_letter = :visa, badge_version = :badgeVersion, search_text = :search,
                            updated_at = now()
                         where id = :id
                        """)
                .bind("honorific", text(r.honorific()))
                .bind("givenName", r.givenName())
                .bind("familyName", r.familyName())
                .bind("badgeName", r.badgeName())
                .bind("function", text(r.function()))
                .bind("organisation", text(r.organisation()))
                .bind("country", r.countryCode())
                .bind("phone", text(r.phone()))
                .bind("language", r.language())
                .bind("role", r.role().name())
                .bind("dietary", text(r.dietary()))
                .bind("accessibility", text(r.accessibility()))
                .bind("visa", r.visaLetter())
                .bind("badgeVersion", r.badgeVersion())
                .bind("search", searchText)
                .bind("id", r.id())
                .then();
    }

    Mono<Void> keepArrival(UUID id, long arrival) {
        return db.sql("update registration set arrival = :arrival where id = :id")
                .bind("arrival", arrival)
                .bind("id", id)
                .then();
    }

    /** The replaced delegate's link and badge stop working: new token hash nobody knows, new badge version. */
    Mono<Void> markSubstituted(UUID replaced, UUID replacement) {
        return db.sql("""
                        update registration set status = 'CANCELLED', substituted_by = :replacement,
                            manage_token_hash = sha256(convert_to(gen_random_uuid()::text, 'UTF8')),
                            badge_version = badge_version + 1, status_changed_at = now(), updated_at = now()
                         where id = :replaced
                        """)
                .bind("replacement", replacement)
                .bind("replaced", replaced)
                .then();
    }

    /** 1-based place in the event's waiting list, counting registrations that arrived earlier. */
    Mono<Integer> waitlistPosition(UUID eventId, long arrival) {
        return db.sql("""
                        select count(*) + 1 as position from registration
                         where event_id = :eventId and status = 'WAITLISTED' and arrival < :arrival
                        """)
                .bind("eventId", eventId)
                .bind("arrival", arrival)
                .map((row, meta) -> row.get("position", Long.class).intValue())
                .one();
    }

    /**
     * The head of the waiting list: the earliest waiting registration, with the rest of its delegation
     * (a delegation is promoted together). Locked until the end of the transaction.
     */
    Flux<Registration> lockWaitlistHead(UUID eventId) {
        return db.sql("select " + COLUMNS + """
                          from registration r
                         where r.event_id = :eventId and r.status = 'WAITLISTED'
                           and (r.id = (select h.id from registration h
                                         where h.event_id = :eventId and h.status = 'WAITLISTED'
                                         order by h.arrival limit 1)
                                or r.delegation_id = (select h.delegation_id from registration h
                                         where h.event_id = :eventId and h.status = 'WAITLISTED'
                                         order by h.arrival limit 1))
                         order by r.arrival
                           for update
                        """)
                .bind("eventId", eventId)
                .map(RegistrationRepository::registration)
                .all();
    }

    static Registration registration(Readable row) {
        UUID[] sessions = row.get("session_ids", UUID[].class);
        return new Registration(
                row.get("id", UUID.class),
                row.get("event_id", UUID.class),
                RegistrationStatus.valueOf(row.get("status", String.class)),
                row.get("honorific", String.class),
                row.get("given_name", String.class),
                row.get("family_name", String.class),
                row.get("badge_name", String.class),
                row.get("function_title", String.class),
                row.get("organisation", String.class),
                row.get("country_code", String.class),
                row.get("email", String.class),
                row.get("phone", String.class),
                row.get("language", String.class),
                ParticipantRole.valueOf(row.get("role", String.class)),
                row.get("dietary", String.class),
                row.get("accessibility", String.class),
                Boolean.TRUE.equals(row.get("visa_letter", Boolean.class)),
                instant(row, "consent_at"),
                row.get("consent_version", String.class),
                row.get("badge_version", Integer.class),
                row.get("delegation_id", UUID.class),
                row.get("invitation_id", UUID.class),
                sessions == null ? List.of() : List.of(sessions),
                null,
                instant(row, "created_at"),
                instant(row, "updated_at"),
                row.get("arrival", Long.class),
                row.get("token_version", Integer.class));
    }

    static Parameter text(String s) {
        return s == null || s.isBlank() ? Parameter.empty(String.class) : Parameter.from(s);
    }

    static Instant instant(Readable row, String column) {
        OffsetDateTime t = row.get(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
