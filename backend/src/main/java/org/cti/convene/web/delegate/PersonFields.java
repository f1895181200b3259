package org.cti.convene.web.delegate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InputValidator;
import org.cti.convene.registration.Registration;
import org.cti.convene.registration.RegistrationChanges;
import org.cti.convene.registration.RegistrationRequest;
import org.springframework.util.MultiValueMap;

/**
 * One person's fields exactly as typed into a form, so that a page refused for invalid input comes back
 * with everything the delegate wrote. Fields are read under a prefix ({@code delegates[1].},
 * {@code replacement.}) so the same shape serves the registration, delegation and substitution forms.
 */
final class PersonFields {

    /** The inputs of one person's block, in the order of the page. */
    static final List<String> INPUTS = List.of(
            "honorific",
            "givenName",
            "familyName",
            "badgeName",
            "function",
            "organisation",
            "countryCode",
            "email",
            "phone",
            "language",
            "sessionIds",
            "dietary",
            "accessibility",
            "visaLetter");

    /** The inputs typed as text (or chosen from a list). */
    static final List<String> TEXT = INPUTS.stream()
            .filter(f -> !f.equals("sessionIds") && !f.equals("visaLetter"))
            .toList();

    private final Map<String, String> values;
    private final boolean visaLetter;
    private final boolean consent;
    private final Set<String> sessionIds;

    private PersonFields(Map<String, String> values, boolean visaLetter, boolean consent, Set<String> sessionIds) {
        this.values = values;
        this.visaLetter = visaLetter;
        this.consent = consent;
        this.sessionIds = sessionIds;
    }

    /** An empty form: the mail language follows the page's. */
    static PersonFields blank(String language) {
        Map<String, String> values = new HashMap<>();
        values.put("language", language);
        return new PersonFields(values, false, false, Set.of());
    }

    static PersonFields read(MultiValueMap<String, String> form, String prefix) {
        Map<String, String> values = new HashMap<>();
        for (String field : TEXT) {
            String value = form.getFirst(prefix + field);
            if (value != null) {
                values.put(field, value);
            }
        }
        List<String> sessions = form.getOrDefault(prefix + "sessionIds", List.of());
        return new PersonFields(
                values,
                checked(form, prefix + "visaLetter"),
                checked(form, prefix + "consent"),
                new LinkedHashSet<>(sessions));
    }

    /** The stored details, to start the change form from. */
    static PersonFields of(Registration r) {
        Map<String, String> values = new HashMap<>();
        values.put("honorific", r.honorific());
        values.put("givenName", r.givenName());
        values.put("familyName", r.familyName());
        values.put("badgeName", r.badgeName());
        values.put("function", r.function());
        values.put("organisation", r.organisation());
        values.put("countryCode", r.countryCode());
        values.put("email", r.email());
        values.put("phone", r.phone());
        values.put("language", r.language());
        values.put("dietary", r.dietary());
        values.put("accessibility", r.accessibility());
        Set<String> sessions = new LinkedHashSet<>();
        r.sessionIds().forEach(id -> sessions.add(id.toString()));
        return new PersonFields(values, r.visaLetter(), r.consentAt() != null, sessions);
    }

    static boolean checked(MultiValueMap<String, String> form, String name) {
        return form.getOrDefault(name, List.of()).contains("true");
    }

    public String get(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    public boolean isVisaLetter() {
        return visaLetter;
    }

    public boolean isConsent() {
        return consent;
    }

    public boolean hasSession(UUID id) {
        return sessionIds.contains(id.toString());
    }

    /** A delegation block nobody typed into; the pre-selected language does not count. */
    boolean isEmpty() {
        return TEXT.stream()
                        .filter(f -> !f.equals("language") && !f.equals("countryCode"))
                        .allMatch(f -> get(f).isBlank())
                && !visaLetter;
    }

    /** The same fields with another country, as in a delegation where the head chose it once. */
    PersonFields withCountry(String countryCode) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put("countryCode", countryCode);
        return new PersonFields(copy, visaLetter, consent, sessionIds);
    }

    PersonFields withConsent(boolean given) {
        return new PersonFields(values, visaLetter, given, sessionIds);
    }

    /** Everything that is wrong with this person's fields. */
    List<FieldViolation> violations(InputValidator validator) {
        return validator.violations(request());
    }

    /**
     * Text goes as typed (the API strips and keeps any script); empty optional fields become null; the e-mail
     * loses the spaces a phone keyboard likes to add. No role: whoever fills in a form registers as a delegate,
     * and a role sent anyway (a tampered form) is not read, since organisers alone give the other roles.
     */
    RegistrationRequest request() {
        return new RegistrationRequest(
                opt("honorific"),
                opt("givenName"),
                opt("familyName"),
                opt("badgeName"),
                opt("function"),
                opt("organisation"),
                opt("countryCode"),
                email(),
                opt("phone"),
                opt("language"),
                null,
                opt("dietary"),
                opt("accessibility"),
                visaLetter,
                consent,
                sessions());
    }

    /**
     * Every editable field is sent, so that emptying an optional field clears it; the e-mail is left out,
     * since it cannot change.
     */
    RegistrationChanges toChanges() {
        return new RegistrationChanges(
                get("honorific"),
                get("givenName"),
                get("familyName"),
                get("badgeName"),
                get("function"),
                get("organisation"),
                get("countryCode"),
                null,
                get("phone"),
                get("language"),
                get("dietary"),
                get("accessibility"),
                visaLetter);
    }

    private String email() {
        String email = opt("email");
        return email == null ? null : email.strip();
    }

    private String opt(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value;
    }

    /** Session ids the form could not have sent (tampered values) are dropped rather than refused. */
    private List<UUID> sessions() {
        List<UUID> ids = new ArrayList<>();
        for (String s : sessionIds) {
            try {
                ids.add(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                // not a session of any event
            }
        }
        return ids;
    }
}
