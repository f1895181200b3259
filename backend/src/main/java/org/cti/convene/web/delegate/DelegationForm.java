package org.cti.convene.web.delegate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InputValidator;
import org.cti.convene.registration.DelegationRequest;
import org.cti.convene.registration.RegistrationRequest;
import org.springframework.util.MultiValueMap;

/**
 * What a head of delegation typed, person by person, with the indexes of the people that were filled in:
 * the country, the head's contact and consent are asked once and apply to every delegate.
 */
record DelegationForm(
        String countryCode,
        String headName,
        String headEmail,
        String headLanguage,
        boolean consent,
        List<PersonFields> people,
        List<Integer> filled) {

    static final int FIRST_ROWS = 3;
    static final int MAX_ROWS = 50;
    private static final Pattern DELEGATE_FIELD = Pattern.compile("^delegates\\[(\\d+)]\\.(.+)$");

    public List<PersonBlock> getPersonBlocks() {
        List<PersonBlock> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            out.add(PersonBlock.delegate(i, people.get(i)));
        }
        return out;
    }

    static DelegationForm blank(int rows, String language) {
        List<PersonFields> people = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            people.add(PersonFields.blank(language));
        }
        return new DelegationForm("", "", "", language, false, people, List.of());
    }

    static DelegationForm read(MultiValueMap<String, String> form) {
        String country = value(form, "countryCode");
        boolean consent = PersonFields.checked(form, "consent");
        int rows = rows(form.getFirst("rows"));
        List<PersonFields> people = new ArrayList<>();
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            PersonFields block = PersonFields.read(form, "delegates[" + i + "].")
                    .withCountry(country)
                    .withConsent(consent);
            people.add(block);
            if (!block.isEmpty()) {
                filled.add(i);
            }
        }
        return new DelegationForm(
                country,
                value(form, "head.name"),
                value(form, "head.email"),
                value(form, "head.language"),
                consent,
                people,
                filled);
    }

    DelegationRequest toRequest(InputValidator validator) {
        List<RegistrationRequest> delegates =
                filled.stream().map(i -> people.get(i).request()).toList();
        DelegationRequest request = new DelegationRequest(
                blankToNull(countryCode),
                new DelegationRequest.Head(
                        blankToNull(headName), blankToNull(headEmail.strip()), blankToNull(headLanguage)),
                delegates);
        // Everything that is wrong at once: the API stops at the head's fields before it looks at the
        // delegates, which on a phone would mean one more round trip per mistake.
        List<FieldViolation> violations = new ArrayList<>(validator.violations(request));
        for (int i = 0; i < filled.size(); i++) {
            String prefix = "delegates[" + i + "].";
            people.get(filled.get(i)).violations(validator).forEach(v -> violations.add(v.under(prefix)));
        }
        InputValidator.refuseIfAny(violations);
        return request;
    }

    /**
     * The API numbers the delegates it was sent; the form numbers its people, empty ones included. The
     * country and the consent are asked once for everyone, so their errors go to those single fields.
     */
    String fieldOfForm(String apiField) {
        Matcher m = DELEGATE_FIELD.matcher(apiField);
        if (!m.matches()) {
            return apiField;
        }
        String field = m.group(2);
        if (field.equals("countryCode") || field.equals("consent")) {
            return field;
        }
        int index = Integer.parseInt(m.group(1));
        return index < filled.size() ? "delegates[" + filled.get(index) + "]." + field : apiField;
    }

    /** The number of people asked for ({@code ?rows=6}), three by default, at most as many as the API takes. */
    static int rows(String asked) {
        try {
            return asked == null ? FIRST_ROWS : Math.max(1, Math.min(MAX_ROWS, Integer.parseInt(asked.strip())));
        } catch (NumberFormatException e) {
            return FIRST_ROWS;
        }
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
