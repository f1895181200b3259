package org.cti.convene.web.delegate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cti.convene.common.FieldViolation;
import org.springframework.context.MessageSource;

/**
 * The API's field violations as a form shows them: one translated message next to each field and a
 * summary at the top whose links lead to the fields. The API speaks English to machines; its messages are
 * mapped to bundle keys by their constraint, and a message with no key yet is shown as it is rather than
 * lost.
 */
final class FormErrors {

    record Entry(String field, String inputId, String text) {}

    private static final Pattern SIZE = Pattern.compile("size must be between \\d+ and (\\d+)");
    private static final Pattern AT_MOST = Pattern.compile("must be at most (\\d+) characters");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]$");
    private static final Pattern DELEGATE = Pattern.compile("^delegates\\[(\\d+)]\\.(.+)$");
    private static final List<String> FORM_ORDER = List.of(
            "form",
            "head.name",
            "head.email",
            "head.language",
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
            "role",
            "sessionIds",
            "dietary",
            "accessibility",
            "visaLetter",
            "delegates");

    private final Map<String, List<String>> byField;
    private final List<Entry> summary;

    private FormErrors(Map<String, List<String>> byField, List<Entry> summary) {
        this.byField = byField;
        this.summary = summary;
    }

    static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    static FormErrors of(List<FieldViolation> violations, MessageSource messages, Locale locale) {
        return of(violations, messages, locale, UnaryOperator.identity());
    }

    /**
     * @param fieldOfForm maps the API's field path to the form's (a delegation form skips empty blocks, so
     *     the API's {@code delegates[0]} may be the form's {@code delegates[2]})
     */
    static FormErrors of(
            List<FieldViolation> violations, MessageSource messages, Locale locale, UnaryOperator<String> fieldOfForm) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<Entry> summary = new ArrayList<>();
        for (FieldViolation v : violations) {
            // "sessionIds[2]" belongs to the group of session boxes
            String field = fieldOfForm.apply(INDEX.matcher(v.field()).replaceAll(""));
            String text = message(field, v.message(), messages, locale);
            List<String> texts = byField.computeIfAbsent(field, f -> new ArrayList<>());
            if (!texts.contains(text)) {
                texts.add(text);
                summary.add(new Entry(field, inputId(field), label(field, messages, locale) + " — " + text));
            }
        }
        boolean delegation =
                byField.keySet().stream().anyMatch(f -> f.startsWith("head.") || f.startsWith("delegates"));
        summary.sort(Comparator.comparingInt(e -> rank(e.field(), delegation)));
        return new FormErrors(byField, summary);
    }

    /**
     * The summary follows the form from top to bottom; the API sorts its violations by name. A delegation
     * form asks the State first, then the head, then each block.
     */
    private static int rank(String field, boolean delegation) {
        if (delegation && field.equals("countryCode")) {
            return -1;
        }
        Matcher delegate = DELEGATE.matcher(field);
        if (delegate.matches()) {
            return 1000 + 100 * Integer.parseInt(delegate.group(1)) + FORM_ORDER.indexOf(delegate.group(2));
        }
        int index = FORM_ORDER.indexOf(field.startsWith("replacement.") ? field.substring(12) : field);
        return field.equals("consent") ? 100_000 : index < 0 ? 99_999 : index;
    }

    /** A message for the whole form, such as a full session, shown in the summary only. */
    static FormErrors general(String field, String text) {
        return new FormErrors(Map.of(field, List.of(text)), List.of(new Entry(field, inputId(field), text)));
    }

    public boolean isEmpty() {
        return summary.isEmpty();
    }

    public List<Entry> getSummary() {
        return summary;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** {@code delegates[1].givenName} → {@code delegates-1-givenName}, the id its input carries. */
    static String inputId(String field) {
        return field.replace("[", "-").replace("]", "").replace('.', '-');
    }

    private static String label(String field, MessageSource messages, Locale locale) {
        Matcher delegate = DELEGATE.matcher(field);
        if (delegate.matches()) {
            int number = Integer.parseInt(delegate.group(1)) + 1;
            return messages.getMessage("delegation.delegateNumber", new Object[] {number}, locale) + ", "
                    + label(delegate.group(2), messages, locale);
        }
        String plain = field.startsWith("replacement.") ? field.substring("replacement.".length()) : field;
        return messages.getMessage("field." + plain, null, plain, locale);
    }

    private static String message(String field, String message, MessageSource messages, Locale locale) {
        String text = message == null ? "" : message;
        Matcher size = SIZE.matcher(text);
        Matcher atMost = AT_MOST.matcher(text);
        String key;
        Object[] args = null;
        if (field.equals("delegates") && text.startsWith("must not be")) {
            key = "error.noDelegates";
        } else if (text.equals("must be accepted to register")) {
            key = "error.consent";
        } else if (text.startsWith("must not be")) {
            key = "error.required";
        } else if (text.startsWith("must be a well-formed email")) {
            key = "error.email";
        } else if (size.matches() || atMost.matches()) {
            key = "error.tooLong";
            args = new Object[] {Integer.valueOf((size.matches() ? size : atMost).group(1))};
        } else if (text.startsWith("must be an ISO 3166-1")) {
            key = "error.country";
        } else if (text.startsWith("may contain only digits")) {
            key = "error.phone";
        } else if (text.startsWith("must be one of en, fr, es, ar")) {
            key = "error.language";
        } else if (text.startsWith("must be one of DELEGATE")) {
            key = "error.role";
        } else if (text.equals("is not a session of this event")) {
            key = "error.session";
        } else if (text.startsWith("must be the delegation's country")) {
            key = "error.delegationCountry";
        } else if (text.startsWith("cannot be changed")) {
            key = "error.emailFixed";
        } else {
            return text;
        }
        return messages.getMessage(key, args, text, locale);
    }
}
