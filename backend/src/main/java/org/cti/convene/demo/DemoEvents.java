package org.cti.convene.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cti.convene.events.EventRequest;
import org.cti.convene.events.EventRequest.SessionRequest;
import org.cti.convene.events.EventRequest.VenueRequest;

/** One realistic event per kind, dated relative to today so they are always upcoming on a fresh run. */
final class DemoEvents {

    private DemoEvents() {}

    static List<EventRequest> all(LocalDate today) {
        return List.of(
                studyVisit(today.plusDays(21)),
                expertVisit(today.plusDays(35)),
                regionalMeeting(today.plusDays(49)),
                hrcSideEvent(today.plusDays(14)),
                ungaSideEvent(today.plusDays(63)));
    }

    private static EventRequest studyVisit(LocalDate day) {
        ZoneId zone = ZoneId.of("Europe/Zurich");
        List<SessionRequest> sessions = new ArrayList<>();
        sessions.add(session(
                day,
                9,
                30,
                11,
                0,
                zone,
                "Welcome and briefing on the Convention",
                "Accueil et présentation de la Convention",
                "Palais Wilson, Room 1"));
        sessions.add(session(
                day,
                14,
                0,
                16,
                0,
                zone,
                "Meeting with the Committee against Torture",
                "Rencontre avec le Comité contre la torture",
                "Palais Wilson, Room 3"));
        sessions.add(session(
                day.plusDays(1),
                10,
                0,
                12,
                0,
                zone,
                "Exchange with the Subcommittee on Prevention",
                "Échange avec le Sous-comité pour la prévention",
                "Palais des Nations, Room XII"));
        sessions.add(session(
                day.plusDays(1),
                18,
                30,
                20,
                0,
                zone,
                "Reception hosted by the Group of Friends",
                "Réception offerte par le Groupe des amis",
                "Maison de la paix"));
        sessions.add(session(
                day.plusDays(2),
                9,
                30,
                12,
                0,
                zone,
                "Ratification roadmap workshop",
                "Atelier sur la feuille de route de ratification",
                "Maison de la paix, Room 2"));
        return new EventRequest(
                "STUDY_VISIT",
                "geneva-study-visit-" + day.getYear(),
                Map.of(
                        "en",
                        "Geneva study visit: ratifying the Convention against Torture",
                        "fr",
                        "Visite d'étude à Genève : ratifier la Convention contre la torture",
                        "es",
                        "Visita de estudio a Ginebra: ratificar la Convención contra la Tortura"),
                Map.of(
                        "en",
                        "Three days of briefings and meetings in Geneva for a delegation considering ratification."),
                new VenueRequest("Maison de la paix", "Geneva", "CH", "Europe/Zurich"),
                at(day, 9, 0, zone),
                at(day.plusDays(2), 17, 0, zone),
                null,
                at(day.minusDays(7), 18, 0, zone),
                15,
                "INVITATION_ONLY",
                true,
                false,
                "secretariat@convene.local",
                sessions);
    }

    private static EventRequest expertVisit(LocalDate day) {
        ZoneId zone = ZoneId.of("Africa/Abidjan");
        return new EventRequest(
                "EXPERT_VISIT",
                "expert-visit-abidjan-" + day.getYear(),
                Map.of(
                        "en",
                        "Expert visit: police training on safeguards in custody",
                        "fr",
                        "Visite d'experts : formation de la police aux garanties en garde à vue"),
                Map.of("en", "Two experts work with the national police school on a training curriculum."),
                new VenueRequest("École nationale de police", "Abidjan", "CI", zone.getId()),
                at(day, 8, 30, zone),
                at(day.plusDays(1), 17, 0, zone),
                null,
                null,
                30,
                "INVITATION_ONLY",
                false,
                false,
                "secretariat@convene.local",
                List.of(
                        session(day, 9, 0, 12, 30, zone, "Curriculum review", "Revue du programme", "Salle A"),
                        session(
                                day.plusDays(1),
                                9,
                                0,
                                16,
                                0,
                                zone,
                                "Training of trainers",
                                "Formation de formateurs",
                                "Salle A")));
    }

    private static EventRequest regionalMeeting(LocalDate day) {
        ZoneId zone = ZoneId.of("Asia/Bangkok");
        return new EventRequest(
                "REGIONAL_MEETING",
                "asia-pacific-regional-meeting-" + day.getYear(),
                Map.of(
                        "en",
                        "Asia-Pacific regional meeting on preventing torture",
                        "fr",
                        "Réunion régionale Asie-Pacifique sur la prévention de la torture",
                        "es",
                        "Reunión regional de Asia y el Pacífico sobre la prevención de la tortura"),
                Map.of("en", "Delegations of the region share experience of ratification and implementation."),
                new VenueRequest("United Nations Conference Centre", "Bangkok", "TH", zone.getId()),
                at(day, 9, 0, zone),
                at(day.plusDays(1), 17, 30, zone),
                null,
                at(day.minusDays(10), 17, 0, zone),
                120,
                "INVITATION_ONLY",
                false,
                true,
                "secretariat@convene.local",
                List.of(
                        session(day, 9, 0, 10, 30, zone, "Opening session", "Séance d'ouverture", "Main hall"),
                        session(
                                day,
                                11,
                                0,
                                13,
                                0,
                                zone,
                                "Panel: national preventive mechanisms",
                                "Panel : mécanismes nationaux de prévention",
                                "Main hall"),
                        session(
                                day.plusDays(1),
                                9,
                                30,
                                12,
                                0,
                                zone,
                                "Working groups by sub-region",
                                "Groupes de travail par sous-région",
                                "Rooms 2–4")));
    }

    private static EventRequest hrcSideEvent(LocalDate day) {
        ZoneId zone = ZoneId.of("Europe/Zurich");
        return new EventRequest(
                "HIGH_LEVEL_EVENT",
                "hrc-side-event-" + day,
                Map.of(
                        "en",
                        "Preventing torture in police custody",
                        "fr",
                        "Prévenir la torture en garde à vue",
                        "es",
                        "Prevenir la tortura bajo custodia policial",
                        "ar",
                        "منع التعذيب أثناء الاحتجاز لدى الشرطة"),
                Map.of(
                        "en",
                        "A side event of the Human Rights Council with ministers and experts.",
                        "fr",
                        "Un événement parallèle du Conseil des droits de l'homme avec des ministres et des experts."),
                new VenueRequest("Palais des Nations, Room XXIII", "Geneva", "CH", zone.getId()),
                at(day, 13, 0, zone),
                at(day, 14, 30, zone),
                null,
                at(day.minusDays(1), 18, 0, zone),
                120,
                "PUBLIC",
                false,
                true,
                "secretariat@convene.local",
                List.of(
                        session(day, 13, 0, 13, 15, zone, "Opening remarks", "Allocutions d'ouverture", "XXIII"),
                        session(day, 13, 15, 14, 15, zone, "Panel discussion", "Table ronde", "XXIII"),
                        session(day, 14, 15, 14, 30, zone, "Closing", "Clôture", "XXIII")));
    }

    private static EventRequest ungaSideEvent(LocalDate day) {
        ZoneId zone = ZoneId.of("America/New_York");
        return new EventRequest(
                "HIGH_LEVEL_EVENT",
                "unga-side-event-" + day,
                Map.of(
                        "en",
                        "Ten years of the initiative: a high-level side event at the General Assembly",
                        "fr",
                        "Dix ans de l'initiative : événement de haut niveau à l'Assemblée générale",
                        "es",
                        "Diez años de la iniciativa: evento de alto nivel en la Asamblea General"),
                Map.of("en", "Ministers mark ten years of the initiative at UN Headquarters."),
                new VenueRequest("UN Headquarters, Conference Room 6", "New York", "US", zone.getId()),
                at(day, 13, 15, zone),
                at(day, 14, 30, zone),
                null,
                at(day.minusDays(2), 17, 0, zone),
                200,
                "PUBLIC",
                false,
                true,
                "secretariat@convene.local",
                List.of(
                        session(
                                day,
                                13,
                                15,
                                13,
                                30,
                                zone,
                                "Opening by the co-chairs",
                                "Ouverture par les coprésidents",
                                "CR 6"),
                        session(day, 13, 30, 14, 30, zone, "High-level panel", "Panel de haut niveau", "CR 6")));
    }

    private static SessionRequest session(
            LocalDate day, int h1, int m1, int h2, int m2, ZoneId zone, String en, String fr, String room) {
        return new SessionRequest(
                null, Map.of("en", en, "fr", fr), at(day, h1, m1, zone), at(day, h2, m2, zone), room, null);
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toOffsetDateTime();
    }
}
