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
import java.util.stream.Stream;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.web.Wording;

/**
 * The API's field violations as a form shows them: one message in the reader's language next to each field
 * (found by the violation's code, see {@link Wording#violation}) and a summary at the top whose links lead to
 * the fields, in the order of the form.
 */
final class FormErrors {

    record Entry(String field, String inputId, String text) {}

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]$");
    private static final Pattern DELEGATE = Pattern.compile("^delegates\\[(\\d+)]\\.(.+)$");
    private static final List<String> FORM_ORDER = Stream.of(
                    List.of("form", "head.name", "head.email", "head.language"),
                    PersonFields.INPUTS,
                    List.of("delegates"))
            .flatMap(List::stream)
            .toList();

    private final Map<String, List<String>> byField;
    private final List<Entry> summary;

    private FormErrors(Map<String, List<String>> byField, List<Entry> summary) {
        this.byField = byField;
        this.summary = summary;
    }

    static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    static FormErrors of(List<FieldViolation> violations, Wording words, Locale locale) {
        return of(violations, words, locale, UnaryOperator.identity());
    }

    /**
     * @param fieldOfForm maps the API's field path to the form's (a delegation form skips empty blocks, so
     *     the API's {@code delegates[0]} may be the form's {@code delegates[2]})
     */
    static FormErrors of(
            List<FieldViolation> violations, Wording words, Locale locale, UnaryOperator<String> fieldOfForm) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<Entry> summary = new ArrayList<>();
        for (FieldViolation v : violations) {
            // "sessionIds[2]" belongs to the group of session boxes
            String field = fieldOfForm.apply(INDEX.matcher(v.field()).replaceAll(""));
            String text = words.violation(v, locale);
            List<String> texts = byField.computeIfAbsent(field, f -> new ArrayList<>());
            if (!texts.contains(text)) {
                texts.add(text);
                summary.add(new Entry(field, inputId(field), label(field, words, locale) + " — " + text));
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

    /** "Error: " before a page title when the form came back with errors, so a screen reader hears it first. */
    String pageTitle(String title, Wording words, Locale locale) {
        return isEmpty() ? title : words.text("form.errorTitle", locale, title);
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

    private static String label(String field, Wording words, Locale locale) {
        Matcher delegate = DELEGATE.matcher(field);
        if (delegate.matches()) {
            int number = Integer.parseInt(delegate.group(1)) + 1;
            return words.text("delegation.delegateNumber", locale, number) + ", "
                    + label(delegate.group(2), words, locale);
        }
        String plain = field.startsWith("replacement.") ? field.substring("replacement.".length()) : field;
        return words.textOr(plain, "field." + plain, locale);
    }
}
