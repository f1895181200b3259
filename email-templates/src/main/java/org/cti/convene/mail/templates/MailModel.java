package org.cti.convene.mail.templates;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a mail says about one person and one event. Only {@code recipientName} and {@code eventTitle} are
 * required; a template leaves out whatever is {@code null} or blank.
 *
 * @param recipientName the name as the person gave it, in any script
 * @param eventTitle the title in the recipient's language
 * @param startsAt start, in the venue's time zone
 * @param endsAt end, in the venue's time zone
 * @param venue venue as one line, e.g. "Palais des Nations, Room XXIII, Geneva"
 * @param eventUrl public page of the event
 * @param manageUrl the person's private link to their registration
 * @param waitlistPosition 1 for the first in line ({@link MailKind#WAITLISTED})
 * @param reason why the organisers declined or cancelled, in their words
 * @param contactEmail where to write with questions
 * @param acceptUrl invitation: where to accept
 * @param declineUrl invitation: where to decline
 * @param seats invitation: how many people the delegation may register
 * @param expiresAt invitation: reply deadline
 * @param changes {@link MailKind#EVENT_CHANGED}: one line per change, already in the recipient's language;
 *     never {@code null} once built (an absent list becomes empty)
 * @param calendarUrl the {@code .ics} file
 * @param addToGoogleUrl link that adds the event to Google Calendar
 * @param addToOutlookUrl link that adds the event to Outlook on the web
 * @param about for a notice to the organisers ({@link MailKind#DECLINE_NOTICE}): the person it is about
 */
public record MailModel(
        String recipientName,
        String eventTitle,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        String venue,
        String eventUrl,
        String manageUrl,
        Integer waitlistPosition,
        String reason,
        String contactEmail,
        String acceptUrl,
        String declineUrl,
        Integer seats,
        ZonedDateTime expiresAt,
        List<String> changes,
        String calendarUrl,
        String addToGoogleUrl,
        String addToOutlookUrl,
        String about) {

    public MailModel {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(eventTitle, "eventTitle");
        changes = changes == null
                ? List.of()
                : changes.stream().filter(Objects::nonNull).toList();
    }

    /** Starts a model with the two required fields; everything else stays {@code null} unless set. */
    public static Builder builder(String recipientName, String eventTitle) {
        return new Builder(recipientName, eventTitle);
    }

    /** Sets the optional fields one by one, so that callers and tests name what they pass. */
    public static final class Builder {
        private final String recipientName;
        private final String eventTitle;
        private ZonedDateTime startsAt;
        private ZonedDateTime endsAt;
        private String venue;
        private String eventUrl;
        private String manageUrl;
        private Integer waitlistPosition;
        private String reason;
        private String contactEmail;
        private String acceptUrl;
        private String declineUrl;
        private Integer seats;
        private ZonedDateTime expiresAt;
        private List<String> changes;
        private String calendarUrl;
        private String addToGoogleUrl;
        private String addToOutlookUrl;
        private String about;

        private Builder(String recipientName, String eventTitle) {
            this.recipientName = recipientName;
            this.eventTitle = eventTitle;
        }

        public Builder startsAt(ZonedDateTime startsAt) {
            this.startsAt = startsAt;
            return this;
        }

        public Builder endsAt(ZonedDateTime endsAt) {
            this.endsAt = endsAt;
            return this;
        }

        public Builder venue(String venue) {
            this.venue = venue;
            return this;
        }

        public Builder eventUrl(String eventUrl) {
            this.eventUrl = eventUrl;
            return this;
        }

        public Builder manageUrl(String manageUrl) {
            this.manageUrl = manageUrl;
            return this;
        }

        public Builder waitlistPosition(Integer waitlistPosition) {
            this.waitlistPosition = waitlistPosition;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder contactEmail(String contactEmail) {
            this.contactEmail = contactEmail;
            return this;
        }

        public Builder acceptUrl(String acceptUrl) {
            this.acceptUrl = acceptUrl;
            return this;
        }

        public Builder declineUrl(String declineUrl) {
            this.declineUrl = declineUrl;
            return this;
        }

        public Builder seats(Integer seats) {
            this.seats = seats;
            return this;
        }

        public Builder expiresAt(ZonedDateTime expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Builder changes(List<String> changes) {
            this.changes = changes;
            return this;
        }

        public Builder calendarUrl(String calendarUrl) {
            this.calendarUrl = calendarUrl;
            return this;
        }

        public Builder addToGoogleUrl(String addToGoogleUrl) {
            this.addToGoogleUrl = addToGoogleUrl;
            return this;
        }

        public Builder about(String about) {
            this.about = about;
            return this;
        }

        public Builder addToOutlookUrl(String addToOutlookUrl) {
            this.addToOutlookUrl = addToOutlookUrl;
            return this;
        }

        public MailModel build() {
            return new MailModel(
                    recipientName,
                    eventTitle,
                    startsAt,
                    endsAt,
                    venue,
                    eventUrl,
                    manageUrl,
                    waitlistPosition,
                    reason,
                    contactEmail,
                    acceptUrl,
                    declineUrl,
                    seats,
                    expiresAt,
                    changes,
                    calendarUrl,
                    addToGoogleUrl,
                    addToOutlookUrl,
                    about);
        }
    }
}
