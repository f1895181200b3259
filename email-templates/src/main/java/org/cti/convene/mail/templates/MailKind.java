package org.cti.convene.mail.templates;

import java.util.Locale;

/**
 * The mails Convene sends, one per state change a person must know about.
 *
 * <p>Each kind has a template pair {@code email/html/<template-name>.html} and
 * {@code email/text/<template-name>.txt}, and its wording under the message prefix in the bundles
 * (for example {@code registrationConfirmed.subject}).
 */
public enum MailKind {
    /** A public registration took a seat. */
    REGISTRATION_CONFIRMED,
    /** The event requires approval; the organisers have yet to decide. */
    PENDING_APPROVAL,
    /** The event is full; {@link MailModel#waitlistPosition()} tells where the person stands. */
    WAITLISTED,
    /** A seat freed up and the first person on the waiting list now holds it. */
    PROMOTED,
    /** An organiser approved a pending registration. */
    APPROVED,
    /** The head of the person's delegation registered someone else in their place. */
    SUBSTITUTED,
    /** An organiser declined a registration; {@link MailModel#reason()} is optional. */
    DECLINED,
    /** The delegate cancelled their own registration. */
    CANCELLED_BY_DELEGATE,
    /** Time, venue or programme changed; {@link MailModel#changes()} lists what. */
    EVENT_CHANGED,
    /** The organisers cancelled the whole event. */
    EVENT_CANCELLED,
    /** Sent shortly before the event. */
    REMINDER,
    /** The private link to a registration, sent again on request. */
    MANAGE_LINK,
    /** The head of a delegation's private link to the delegation ({@link MailModel#manageUrl()}). */
    DELEGATION_LINK,
    /** An invitation to an invitation-only event, for one person or a delegation with seats. */
    INVITATION,
    /** An invitation that has not been answered yet. */
    INVITATION_REMINDER,
    /** The invitee declined: a confirmation, with a calendar CANCEL for the invitation's entry. */
    INVITATION_DECLINED,
    /** To the event's contact: an invitee declined, with the reason they gave ({@link MailModel#reason()}). */
    DECLINE_NOTICE,
    /**
     * A colleague is invited to the console: {@link MailModel#acceptUrl()} is where they choose a password,
     * {@link MailModel#expiresAt()} when that link stops working. Not about an event.
     */
    STAFF_INVITATION,
    /** A member of staff asked for a new password: {@link MailModel#acceptUrl()} is where to choose it. */
    PASSWORD_RESET;

    /** Whether the mail is about a staff account rather than an event (no event details, no attachments). */
    public boolean aboutStaff() {
        return this == STAFF_INVITATION || this == PASSWORD_RESET;
    }

    /** File name of the template pair, e.g. {@code registration-confirmed}. */
    String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Prefix of this kind's keys in the bundles, e.g. {@code registrationConfirmed}. */
    String messagePrefix() {
        var words = name().toLowerCase(Locale.ROOT).split("_");
        var prefix = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            prefix.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return prefix.toString();
    }
}
