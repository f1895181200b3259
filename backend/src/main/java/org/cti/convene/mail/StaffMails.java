package org.cti.convene.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cti.convene.common.InTransactionListener;
import org.cti.convene.mail.templates.MailKind;
import org.cti.convene.mail.templates.MailModel;
import org.cti.convene.mail.templates.MailTemplates;
import org.cti.convene.staff.StaffAccount;
import org.cti.convene.staff.StaffEvents;
import org.cti.convene.staff.StaffLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mails about staff accounts: the invitation to the console and the password-reset link. They go through the
 * same outbox as every other mail (written in the transaction that made the link, retried when the server is
 * down), with no event and no attachment. The facts keep the link's id; the token is derived when the mail is
 * sent, so the outbox never holds anything that opens an account.
 */
@Configuration(proxyBeanMethods = false)
class StaffMails {

    /** The render input of a staff mail, kept in the outbox row. */
    record Facts(UUID linkId, Instant expiresAt) {}

    private final MailOutboxRepository rows;
    private final StaffLinks links;
    private final MailLinks addresses;
    private final MailTemplates templates;
    private final JsonMapper json;
    private final Clock clock;

    StaffMails(
            MailOutboxRepository rows,
            StaffLinks links,
            MailLinks addresses,
            MailTemplates templates,
            JsonMapper json,
            Clock clock) {
        this.rows = rows;
        this.links = links;
        this.addresses = addresses;
        this.templates = templates;
        this.json = json;
        this.clock = clock;
    }

    @Bean
    InTransactionListener<StaffEvents.Invited> mailOnStaffInvited() {
        return InTransactionListener.of(
                StaffEvents.Invited.class, e -> enqueue(MailKind.STAFF_INVITATION, e.account(), e.linkId()));
    }

    @Bean
    InTransactionListener<StaffEvents.PasswordResetRequested> mailOnPasswordReset() {
        return InTransactionListener.of(
                StaffEvents.PasswordResetRequested.class,
                e -> enqueue(MailKind.PASSWORD_RESET, e.account(), e.linkId()));
    }

    private Mono<Void> enqueue(MailKind kind, StaffAccount account, UUID linkId) {
        Instant now = clock.instant();
        return links.expiry(linkId)
                .flatMap(expires -> rows.insert(new MailOutboxRepository.NewMail(
                        UUID.randomUUID(),
                        MailOutbox.key(kind, linkId),
                        kind,
                        null,
                        null,
                        account.email(),
                        account.name(),
                        account.language(),
                        null,
                        json.writeValueAsString(new Facts(linkId, expires)),
                        now,
                        null)))
                .then();
    }

    /** Renders a staff mail; its link is derived now from the id in the facts. */
    MailComposer.Composed compose(OutboxRow row) {
        Facts facts = json.readValue(row.facts(), Facts.class);
        String url = addresses.staffLink(row.kind() == MailKind.STAFF_INVITATION, links.token(facts.linkId()));
        MailModel model = MailModel.builder(row.recipientName(), "Convene")
                .acceptUrl(url)
                .expiresAt(facts.expiresAt().atZone(ZoneOffset.UTC))
                .build();
        return new MailComposer.Composed(
                templates.render(row.kind(), Locale.forLanguageTag(row.language()), model), List.of());
    }
}
