package org.cti.convene.web.delegate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InputValidator;
import org.cti.convene.registration.RegistrationRequest;
import org.springframework.util.MultiValueMap;

/**
 * What the invitee typed on the invitation page. A personal invitation has one block, the invitee's own
 * (fields without prefix, as on the public form). A delegation has one block per delegate
 * ({@code delegates[0].givenName}), the country fixed by the invitation and one consent for everyone;
 * blocks left empty are skipped, as on the delegation form.
 */
record InvitationForm(boolean personal, boolean consent, List<PersonFields> blocks, List<Integer> filled) {

    private static final Pattern REGISTRATION_FIELD = Pattern.compile("^registrations\\[(\\d+)]\\.(.+)$");
    private static final Pattern DELEGATE_FIELD = Pattern.compile("^delegates\\[(\\d+)]\\.(.+)$");

    /** The invitee's own form: the invitation's language and country where it has them, the name never guessed. */
    static InvitationForm person(String language, String countryCode) {
        PersonFields fields = PersonFields.blank(language);
        if (countryCode != null && !countryCode.isBlank()) {
            fields = fields.withCountry(countryCode);
        }
        return new InvitationForm(true, false, List.of(fields), List.of(0));
    }

    /** {@code rows} empty delegate blocks of the delegation's State. */
    static InvitationForm delegation(int rows, String language, String countryCode) {
        List<PersonFields> blocks = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            blocks.add(PersonFields.blank(language).withCountry(countryCode));
        }
        return new InvitationForm(false, false, blocks, List.of());
    }

    /** The country never comes from the form: a delegation registers its own State's people only. */
    static InvitationForm read(MultiValueMap<String, String> form, boolean personal, String countryCode) {
        if (personal) {
            PersonFields fields = PersonFields.read(form, "");
            return new InvitationForm(true, fields.isConsent(), List.of(fields), List.of(0));
        }
        boolean consent = PersonFields.checked(form, "consent");
        int rows = DelegationForm.rows(form.getFirst("rows"));
        List<PersonFields> blocks = new ArrayList<>();
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            PersonFields block = PersonFields.read(form, "delegates[" + i + "].")
                    .withCountry(countryCode)
                    .withConsent(consent);
            blocks.add(block);
            if (!block.isEmpty()) {
                filled.add(i);
            }
        }
        return new InvitationForm(false, consent, blocks, filled);
    }

    /** For the template: the invitee's own block, or one block per delegate. */
    public List<PersonBlock> getPersonBlocks() {
        if (personal) {
            return List.of(PersonBlock.registration(blocks.getFirst()));
        }
        List<PersonBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(PersonBlock.delegate(i, blocks.get(i)));
        }
        return out;
    }

    /** The people to register, in the order typed; every mistake in every block is reported at once. */
    List<RegistrationRequest> toRequests(InputValidator validator) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!personal && filled.isEmpty()) {
            violations.add(FieldViolation.of("delegates", "NotEmpty", "must not be empty"));
        }
        for (int i : filled) {
            String prefix = personal ? "" : "delegates[" + i + "].";
            blocks.get(i).violations(validator).forEach(v -> violations.add(v.at(fieldOfForm(prefix + v.field()))));
        }
        InputValidator.refuseIfAny(violations);
        return filled.stream().map(i -> blocks.get(i).request()).toList();
    }

    /**
     * The API numbers the people it was sent ({@code registrations[1].email}); the form numbers its blocks,
     * empty ones included. The consent is asked once for a delegation, so its errors go to that one box.
     */
    String fieldOfForm(String field) {
        Matcher api = REGISTRATION_FIELD.matcher(field);
        if (api.matches()) {
            int index = Integer.parseInt(api.group(1));
            if (personal) {
                return api.group(2);
            }
            if (index >= filled.size()) {
                return field;
            }
            field = "delegates[" + filled.get(index) + "]." + api.group(2);
        }
        Matcher delegate = DELEGATE_FIELD.matcher(field);
        if (delegate.matches()
                && (delegate.group(2).equals("consent") || delegate.group(2).equals("countryCode"))) {
            return delegate.group(2).equals("consent") ? "consent" : "form";
        }
        return field;
    }

    /** The form field of the block whose e-mail is this one, to put "already registered" next to it. */
    String emailField(String email) {
        for (int i : filled) {
            if (blocks.get(i).get("email").strip().equalsIgnoreCase(email)) {
                return personal ? "email" : "delegates[" + i + "].email";
            }
        }
        return "form";
    }

    /** The name of the n-th person sent, as typed. */
    String nameOf(int n) {
        PersonFields p = blocks.get(filled.get(n));
        return (p.get("givenName").strip() + " " + p.get("familyName").strip()).strip();
    }

    int rows() {
        return blocks.size();
    }
}
