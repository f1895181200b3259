package org.cti.convene.web.door;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cti.convene.checkin.Attendance;
import org.cti.convene.checkin.CheckInOutcome;
import org.cti.convene.checkin.CheckIns;
import org.cti.convene.common.EventAccess;
import org.cti.convene.common.ForbiddenException;
import org.cti.convene.common.StaffRole;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventSession;
import org.cti.convene.events.Events;
import org.cti.convene.web.TimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import reactor.core.publisher.Mono;

/**
 * Live attendance for organisers: the page shows the figures when it loads and {@code /js/attendance.js}
 * refreshes them from the same address as JSON every few seconds (with a pause button); without JavaScript a
 * link reloads the page. Check-in staff do the scanning; the figures are for ADMIN and ORGANISER accounts.
 */
@Controller
class AttendancePageController {

    record SessionRow(String id, String title, String time, String room, long signedUp, long checkedIn) {}

    record ScanRow(
            String time,
            String tone,
            String headline,
            String reason,
            String name,
            String country,
            String role,
            String session,
            String by) {}

    record TotalRow(String result, String tone, String headline, long count) {}

    record AttendanceView(
            String eventId,
            String title,
            long confirmed,
            long checkedIn,
            long notYet,
            List<SessionRow> sessions,
            List<TotalRow> scans,
            List<ScanRow> lastScans,
            String updated) {}

    private final CheckIns checkIns;
    private final Events events;
    private final EventAccess access;
    private final CheckInTexts texts;

    AttendancePageController(CheckIns checkIns, Events events, EventAccess access, CheckInTexts texts) {
        this.checkIns = checkIns;
        this.events = events;
        this.access = access;
        this.texts = texts;
    }

    @GetMapping(path = "/console/events/{id}/attendance", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> page(@PathVariable String id, Locale locale, Model model) {
        return view(id, locale).map(view -> {
            model.addAttribute("view", view);
            return "checkin/attendance";
        });
    }

    @GetMapping(path = "/console/events/{id}/attendance", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Mono<AttendanceView> json(@PathVariable String id, Locale locale) {
        return view(id, locale);
    }

    private Mono<AttendanceView> view(String id, Locale locale) {
        UUID eventId = CheckInPageController.uuid(id);
        if (eventId == null) {
            return Mono.error(new org.cti.convene.common.NotFoundException("No event with id " + id + "."));
        }
        return access.require(eventId)
                .flatMap(staff -> staff.role() == StaffRole.CHECKIN
                        ? Mono.error(new ForbiddenException(
                                "organisers-only",
                                "Attendance figures are for organisers; check-in accounts scan badges."))
                        : Mono.just(staff))
                .then(Mono.zip(events.find(eventId), checkIns.attendance(eventId)))
                .map(t -> view(t.getT1(), t.getT2(), locale));
    }

    private AttendanceView view(Event event, Attendance a, Locale locale) {
        ZoneId zone = event.venue().zone();
        TimeFormat time = new TimeFormat(zone, locale);
        String language = locale.getLanguage();
        Map<UUID, EventSession> byId =
                event.sessions().stream().collect(Collectors.toMap(EventSession::id, Function.identity()));
        List<SessionRow> sessions = a.sessions().stream()
                .map(s -> new SessionRow(
                        s.sessionId().toString(),
                        byId.get(s.sessionId()).titleIn(language),
                        time.shortDate(s.startsAt()) + " " + time.time(s.startsAt()),
                        Objects.toString(s.room(), "—"),
                        s.signedUp(),
                        s.checkedIn()))
                .toList();
        List<TotalRow> totals = a.scans().entrySet().stream()
                .map(e -> new TotalRow(
                        e.getKey().name(),
                        CheckInTexts.tone(e.getKey()),
                        texts.headline(e.getKey(), locale),
                        e.getValue()))
                .toList();
        List<ScanRow> scans = a.lastScans().stream()
                .map(s -> new ScanRow(
                        CheckInTexts.when(s.at(), zone, locale, a.asOf()),
                        CheckInTexts.tone(s.result()),
                        texts.headline(s.result(), locale),
                        s.result() == CheckInOutcome.ADMITTED || s.result() == CheckInOutcome.ALREADY_CHECKED_IN
                                ? ""
                                : texts.reason(s.reason(), locale),
                        s.registration() == null
                                ? texts.text(locale, "attendance.unknownPerson")
                                : s.registration().badgeName(),
                        s.registration() == null
                                ? ""
                                : CheckInTexts.country(s.registration().countryCode(), locale),
                        s.registration() == null
                                ? ""
                                : texts.role(s.registration().role(), locale),
                        s.sessionId() == null || !byId.containsKey(s.sessionId())
                                ? texts.text(locale, "checkin.session.event")
                                : byId.get(s.sessionId()).titleIn(language),
                        s.scannedBy()))
                .toList();
        return new AttendanceView(
                event.id().toString(),
                event.titleIn(language),
                a.confirmed(),
                a.checkedIn(),
                Math.max(0, a.confirmed() - a.checkedIn()),
                sessions,
                totals,
                scans,
                texts.text(
                        locale,
                        "attendance.updated",
                        a.asOf().atZone(zone).format(DateTimeFormatter.ofPattern("HH:mm:ss", locale))));
    }
}
