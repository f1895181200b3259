package org.cti.convene.mail;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cti.convene.mail.templates.MailKind;
import org.cti.convene.mail.templates.MailModel;
import org.cti.convene.mail.templates.MailTemplates;
import org.cti.convene.mail.templates.RenderedMail;
import org.cti.convene.registration.Registrations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a sendable mail out of an outbox row: the stored facts, the recipient's current private link, the
 * templates in the recipient's language, and whatever the {@link MailAttachments} beans attach.
 */
@Component
class MailComposer {

    /** Thymeleaf's marker for a message key a bundle lacks, e.g. {@code ??reminder.intro_fr??}. */
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[\\w.]+_[\\w-]*\\?\\?");

    private final MailTemplates templates;
    private final ChangeWording wording;
    private final MailLinks links;
    private final Registrations registrations;
    private final org.cti.convene.invitations.Invitations invitations;
    private final ObjectProvider<MailAttachments> attachments;
    // resolved at the first mail, not per mail: the bean factory's lookup and sort are not free
    private volatile List<MailAttachments> providers;
    private final JsonMapper json;
    private final StaffMails staffMails;
    private final org.cti.convene.registration.Delegations delegations;

    MailComposer(
            MailTemplates templates,
            ChangeWording wording,
            MailLinks links,
            Registrations registrations,
            org.cti.convene.invitations.Invitations invitations,
            ObjectProvider<MailAttachments> attachments,
            JsonMapper json,
            StaffMails staffMails,
            org.cti.convene.registration.Delegations delegations) {
        this.staffMails = staffMails;
        this.delegations = delegations;
        this.templates = templates;
        this.wording = wording;
        this.links = links;
        this.registrations = registrations;
        this.invitations = invitations;
        this.attachments = attachments;
        this.json = json;
    }

    private List<MailAttachments> providers() {
        List<MailAttachments> known = providers;
        if (known == null) {
            known = attachments.orderedStream().toList();
            providers = known;
        }
        return known;
    }

    /** A rendered mail with its attachments. */
    record Composed(RenderedMail content, List<Attachment> attachments) {}

    Mono<Composed> compose(OutboxRow row) {
        if (row.kind().aboutStaff()) {
            return Mono.fromCallable(() -> staffMails.compose(row));
        }
        return Mono.defer(() -> {
            MailFacts facts = json.readValue(row.facts(), MailFacts.class);
            Locale language = Locale.forLanguageTag(row.language());
            var request = new AttachmentRequest(
                    row.id(),
                    row.kind(),
                    row.eventId(),
                    row.registrationId(),
                    language,
                    row.recipientName(),
                    row.recipientEmail());
            Mono<List<Attachment>> files = Flux.fromIterable(providers())
                    .concatMap(provider -> provider.attachmentsFor(request))
                    .concatMapIterable(list -> list)
                    .collectList();
            if (facts.invitationId() != null) {
                return Mono.zip(invitations.find(facts.invitationId()), files)
                        .map(found -> new Composed(
                                render(
                                        row,
                                        facts,
                                        language,
                                        null,
                                        invitations.acceptUrl(found.getT1()),
                                        invitations.declineUrl(found.getT1())),
                                found.getT2()));
            }
            if (facts.delegationId() != null) {
                String link = links.delegation(delegations.manageToken(facts.delegationId()));
                return files.map(found -> new Composed(render(row, facts, language, link, null, null), found));
            }
            Mono<Optional<String>> manageUrl = facts.manageLink() && row.registrationId() != null
                    ? registrations
                            .find(row.registrationId())
                            .map(r -> Optional.of(links.manage(registrations.manageToken(r))))
                    : Mono.just(Optional.empty());
            return Mono.zip(manageUrl, files)
                    .map(found -> new Composed(
                            render(row, facts, language, found.getT1().orElse(null), null, null), found.getT2()));
        });
    }

    private RenderedMail render(
            OutboxRow row, MailFacts facts, Locale language, String manageUrl, String acceptUrl, String declineUrl) {
        ZoneId zone = ZoneId.of(facts.timeZone());
        MailModel model = MailModel.builder(row.recipientName(), facts.eventTitle())
                .about(row.kind() == MailKind.DECLINE_NOTICE ? facts.recipientName() : null)
                .startsAt(facts.startsAt() == null ? null : facts.startsAt().atZone(zone))
                .endsAt(facts.endsAt() == null ? null : facts.endsAt().atZone(zone))
                .venue(facts.venue())
                .eventUrl(links.event(facts.eventSlug()))
                .calendarUrl(links.calendar(facts.eventSlug(), language))
                .manageUrl(manageUrl)
                .acceptUrl(acceptUrl)
                .declineUrl(declineUrl)
                .seats(facts.seats())
                .expiresAt(facts.expiresAt() == null ? null : facts.expiresAt().atZone(zone))
                .waitlistPosition(facts.waitlistPosition())
                .reason(facts.reason())
                .contactEmail(facts.contactEmail())
                .changes(wording.lines(facts.changes(), language))
                .build();
        RenderedMail mail = templates.render(row.kind(), language, model);
        for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
            var unresolved = UNRESOLVED.matcher(part);
            if (unresolved.find()) {
                // A half-translated mail is worse than a late one: keep the row and retry after a fix.
                throw new IllegalStateException("The " + row.kind() + " mail in " + language
                        + " has an unresolved text: " + unresolved.group());
            }
        }
        return mail;
    }
}
