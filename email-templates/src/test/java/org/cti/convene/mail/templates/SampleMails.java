package org.cti.convene.mail.templates;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** Models the tests render: every field set, only the required ones, and a realistic one per language. */
final class SampleMails {

    static final String TITLE = "Preventing torture in police custody";
    static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    static final ZonedDateTime STARTS_AT = ZonedDateTime.of(2027, 3, 10, 13, 0, 0, 0, GENEVA);
    static final ZonedDateTime ENDS_AT = STARTS_AT.plusMinutes(90);
    static final ZonedDateTime EXPIRES_AT = ZonedDateTime.of(2027, 2, 1, 18, 0, 0, 0, GENEVA);

    // The & in these addresses must stay & in the text part and become &amp; in the HTML.
    static final String MANAGE_URL = "https://convene.example.org/registrations/me?token=mT4k9QxZbW2rVn8s&lang=en";
    static final String ACCEPT_URL = "https://convene.example.org/invitations/Yp3cL7uQ0dXa9e2H/accept?seats=3&lang=en";
    static final String DECLINE_URL = "https://convene.example.org/invitations/Yp3cL7uQ0dXa9e2H/decline";
    static final String EVENT_URL = "https://convene.example.org/events/hrc61-side-event";
    static final String REASON = "The room capacity was reduced by the host.";
    static final List<String> CHANGES =
            List.of("The meeting now starts at 13:00 instead of 10:00.", "New room: Room XXIII (Building E).");

    /** A name a template would break if it did not escape: markup characters and an ampersand. */
    static final String TRICKY_NAME = "Amina <Diallo> & Ndiaye";

    static final String TRICKY_NAME_ESCAPED = "Amina &lt;Diallo&gt; &amp; Ndiaye";

    private SampleMails() {}

    static MailModel full(String recipientName, String eventTitle) {
        return fullBuilder(recipientName, eventTitle).build();
    }

    private static MailModel.Builder fullBuilder(String recipientName, String eventTitle) {
        return MailModel.builder(recipientName, eventTitle)
                .startsAt(STARTS_AT)
                .endsAt(ENDS_AT)
                .venue("Palais des Nations, Room XXIII, Geneva")
                .eventUrl(EVENT_URL)
                .manageUrl(MANAGE_URL)
                .waitlistPosition(4)
                .reason(REASON)
                .contactEmail("secretariat@example.org")
                .acceptUrl(ACCEPT_URL)
                .declineUrl(DECLINE_URL)
                .seats(3)
                .expiresAt(EXPIRES_AT)
                .changes(CHANGES)
                .calendarUrl("https://convene.example.org/registrations/me/calendar.ics?token=mT4k9QxZbW2rVn8s")
                .addToGoogleUrl("https://calendar.google.com/calendar/render?action=TEMPLATE&text=Preventing")
                .addToOutlookUrl("https://outlook.office.com/calendar/0/deeplink/compose?subject=Preventing")
                .about("Permanent Mission of Ghana");
    }

    static MailModel minimal(String recipientName, String eventTitle) {
        return MailModel.builder(recipientName, eventTitle).build();
    }

    /** What a delegate writing in {@code language} would plausibly receive, in that language throughout. */
    static MailModel preview(Locale language) {
        return switch (language.getLanguage()) {
            case "fr" ->
                previewOf(
                        "Amina Diallo",
                        "Prévenir la torture en garde à vue",
                        "La capacité de la salle a été réduite par l’hôte.",
                        List.of(
                                "La réunion commence désormais à 13:00 au lieu de 10:00.",
                                "Nouvelle salle : salle XXIII (bâtiment E)."));
            case "es" ->
                previewOf(
                        "Ana Pérez Núñez",
                        "Prevenir la tortura bajo custodia policial",
                        "El anfitrión ha reducido la capacidad de la sala.",
                        List.of(
                                "La reunión empieza ahora a las 13:00 en lugar de las 10:00.",
                                "Nueva sala: sala XXIII (edificio E)."));
            case "ar" ->
                previewOf(
                        "أمينة ديالو",
                        "منع التعذيب أثناء الاحتجاز لدى الشرطة",
                        "قلّص المضيف سعة القاعة.",
                        List.of(
                                "يبدأ الاجتماع الآن الساعة 13:00 بدلاً من 10:00.",
                                "القاعة الجديدة: القاعة XXIII (المبنى E)."));
            default -> previewOf("Amina Diallo", TITLE, REASON, CHANGES);
        };
    }

    private static MailModel previewOf(String name, String title, String reason, List<String> changes) {
        return fullBuilder(name, title).reason(reason).changes(changes).build();
    }
}
