package org.cti.convene.web.console;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.Language;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventRequest;
import org.cti.convene.events.Events;

/**
 * The event form as the browser posts it: every value is text, as typed, so that a refused form comes
 * back exactly as it was sent. Property paths follow the API's JSON paths ({@code venue.timeZone},
 * {@code title[en]}, {@code sessions[0].startsAt}) so that the API's violations find their inputs.
 * Times are {@code datetime-local} values read in the venue's time zone.
 */
public class EventForm {

    /**
     * Languages with their own title and description inputs, for the event and each session: every language
     * Convene speaks. Others that arrive through the API are kept in hidden inputs.
     */
    static final List<String> LANGUAGES = Language.codes();

    /** Blank programme rows offered under the existing sessions. */
    static final int EMPTY_ROWS = 3;

    /** Rows a posted form may hold (the API accepts 100 sessions). */
    static final int MAX_ROWS = 100 + EMPTY_ROWS;

    private String kind;
    private String slug;
    private Map<String, String> title = new LinkedHashMap<>();
    private Map<String, String> description = new LinkedHashMap<>();
    private VenueFields venue = new VenueFields();
    private String startsAt;
    private String endsAt;
    private String registrationOpensAt;
    private String registrationClosesAt;
    private String capacity;
    private String access;
    private boolean approvalRequired;
    private boolean waitlist;
    private String contactEmail;
    private List<SessionFields> sessions = new ArrayList<>();

    /** The request to send, the parsing problems found on the way, and the form row of each session. */
    record Conversion(EventRequest request, List<FieldViolation> violations, List<Integer> rowOfSession) {}

    /** A new event: public, with a waiting list, and blank programme rows. */
    static EventForm blank() {
        EventForm form = new EventForm();
        form.access = "PUBLIC";
        form.waitlist = true;
        return form.withEmptyRows();
    }

    /** The stored event, times in its venue's zone, followed by blank programme rows. */
    static EventForm of(Event event) {
        EventRequest r = Events.toRequest(event);
        EventForm form = new EventForm();
        form.kind = r.kind();
        form.slug = r.slug();
        form.title = new LinkedHashMap<>(r.title() == null ? Map.of() : r.title());
        form.description = new LinkedHashMap<>(r.description() == null ? Map.of() : r.description());
        form.venue.name = r.venue().name();
        form.venue.city = r.venue().city();
        form.venue.countryCode = r.venue().countryCode();
        form.venue.timeZone = r.venue().timeZone();
        form.startsAt = FormValues.local(r.startsAt());
        form.endsAt = FormValues.local(r.endsAt());
        form.registrationOpensAt = FormValues.local(r.registrationOpensAt());
        form.registrationClosesAt = FormValues.local(r.registrationClosesAt());
        form.capacity = r.capacity() == null ? null : r.capacity().toString();
        form.access = r.access();
        form.approvalRequired = Boolean.TRUE.equals(r.approvalRequired());
        form.waitlist = Boolean.TRUE.equals(r.waitlist());
        form.contactEmail = r.contactEmail();
        for (EventRequest.SessionRequest s : r.sessionsOrEmpty()) {
            SessionFields row = new SessionFields();
            row.id = s.id() == null ? null : s.id().toString();
            row.title = new LinkedHashMap<>(s.title() == null ? Map.of() : s.title());
            row.startsAt = FormValues.local(s.startsAt());
            row.endsAt = FormValues.local(s.endsAt());
            row.room = s.room();
            row.capacity = s.capacity() == null ? null : s.capacity().toString();
            form.sessions.add(row);
        }
        return form.withEmptyRows();
    }

    EventForm withEmptyRows() {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            sessions.add(new SessionFields());
        }
        return this;
    }

    /**
     * Converts to the API's request. Values that cannot be read (a malformed date, a number with letters)
     * are reported here and sent as null; blank programme rows are left out.
     */
    Conversion toRequest() {
        List<FieldViolation> violations = new ArrayList<>();
        ZoneId zone = FormValues.zoneOrUtc(venue.timeZone);
        List<EventRequest.SessionRequest> requested = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < sessions.size(); row++) {
            SessionFields s = sessions.get(row);
            if (s == null || s.isBlank()) {
                continue;
            }
            String at = "sessions[" + requested.size() + "]";
            requested.add(new EventRequest.SessionRequest(
                    FormValues.uuid(s.id),
                    FormValues.texts(s.title),
                    FormValues.time(s.startsAt, zone, at + ".startsAt", violations),
                    FormValues.time(s.endsAt, zone, at + ".endsAt", violations),
                    FormValues.blankToNull(s.room),
                    FormValues.number(s.capacity, at + ".capacity", violations)));
            rows.add(row);
        }
        EventRequest request = new EventRequest(
                FormValues.blankToNull(kind),
                FormValues.blankToNull(slug),
                FormValues.texts(title),
                FormValues.texts(description),
                new EventRequest.VenueRequest(
                        FormValues.blankToNull(venue.name),
                        FormValues.blankToNull(venue.city),
                        FormValues.blankToNull(venue.countryCode),
                        FormValues.blankToNull(venue.timeZone)),
                FormValues.time(startsAt, zone, "startsAt", violations),
                FormValues.time(endsAt, zone, "endsAt", violations),
                FormValues.time(registrationOpensAt, zone, "registrationOpensAt", violations),
                FormValues.time(registrationClosesAt, zone, "registrationClosesAt", violations),
                FormValues.number(capacity, "capacity", violations),
                FormValues.blankToNull(access),
                approvalRequired,
                waitlist,
                FormValues.blankToNull(contactEmail),
                requested);
        return new Conversion(request, violations, rows);
    }

    /** Title languages without an input of their own (set through the API); kept in hidden inputs. */
    public List<String> otherTitleLanguages() {
        return otherLanguages(title, LANGUAGES);
    }

    public List<String> otherDescriptionLanguages() {
        return otherLanguages(description, LANGUAGES);
    }

    /** Languages in a text map that have no input of their own; kept in hidden inputs so editing keeps them. */
    static List<String> otherLanguages(Map<String, String> texts, List<String> shown) {
        return texts == null
                ? List.of()
                : texts.keySet().stream()
                        .filter(l -> !shown.contains(l))
                        .sorted()
                        .toList();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public void setTitle(Map<String, String> title) {
        this.title = title;
    }

    public Map<String, String> getDescription() {
        return description;
    }

    public void setDescription(Map<String, String> description) {
        this.description = description;
    }

    public VenueFields getVenue() {
        return venue;
    }

    public void setVenue(VenueFields venue) {
        this.venue = venue;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public void setRegistrationOpensAt(String registrationOpensAt) {
        this.registrationOpensAt = registrationOpensAt;
    }

    public String getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public void setRegistrationClosesAt(String registrationClosesAt) {
        this.registrationClosesAt = registrationClosesAt;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String access) {
        this.access = access;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public boolean isWaitlist() {
        return waitlist;
    }

    public void setWaitlist(boolean waitlist) {
        this.waitlist = waitlist;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public List<SessionFields> getSessions() {
        return sessions;
    }

    public void setSessions(List<SessionFields> sessions) {
        this.sessions = sessions;
    }
}
