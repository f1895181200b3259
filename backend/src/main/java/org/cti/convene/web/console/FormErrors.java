package org.cti.convene.web.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cti.convene.common.FieldViolation;

/**
 * What is wrong with a posted form, by input: the messages shown next to each input and the summary at
 * the top of the page, whose entries link to their inputs. Violations carry the API's JSON paths
 * ({@code venue.timeZone}, {@code sessions[0].title.en}); they become input ids ({@code venue-timeZone},
 * {@code sessions-2-title-en}, where 2 is the form row of the first session sent).
 */
public final class FormErrors {

    /** One line of the summary; {@code inputId} is null when no single input is to blame. */
    public record Entry(String inputId, String label, String message) {}

    private static final Pattern SESSION = Pattern.compile("^sessions\\[(\\d+)]");
    private static final Pattern CONTAINER = Pattern.compile("\\.<[a-z ]+>");

    private static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    private final Map<String, List<String>> byInput;
    private final List<Entry> summary;

    private FormErrors(Map<String, List<String>> byInput, List<Entry> summary) {
        this.byInput = byInput;
        this.summary = summary;
    }

    public static FormErrors none() {
        return NONE;
    }

    /**
     * @param wordsOf the message of a violation in the reader's language
     * @param rowOfSession the form row of each session index in the request
     * @param inputIds the ids of the inputs the page has, in page order (the summary follows it)
     * @param labelOf the label of an input, as the reader sees it
     */
    static FormErrors of(
            List<FieldViolation> violations,
            Function<FieldViolation, String> wordsOf,
            IntUnaryOperator rowOfSession,
            List<String> inputIds,
            Function<String, String> labelOf) {
        Map<String, List<String>> byInput = new LinkedHashMap<>();
        List<Entry> summary = new ArrayList<>();
        for (FieldViolation v : violations) {
            String id = inputId(v.field(), rowOfSession);
            if (id != null && inputIds.contains(id)) {
                byInput.computeIfAbsent(id, k -> new ArrayList<>()).add(wordsOf.apply(v));
                summary.add(new Entry(id, labelOf.apply(id), wordsOf.apply(v)));
            } else {
                summary.add(new Entry(null, v.field(), wordsOf.apply(v)));
            }
        }
        summary.sort(Comparator.comparingInt(e -> {
            int at = e.inputId() == null ? -1 : inputIds.indexOf(e.inputId());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return new FormErrors(byInput, summary);
    }

    /** One message on one input (a slug already in use, a confirmation not given). */
    static FormErrors single(String inputId, String label, String message) {
        return new FormErrors(Map.of(inputId, List.of(message)), List.of(new Entry(inputId, label, message)));
    }

    /** The input id for a violation's JSON path, or null when the path names no input. */
    static String inputId(String field, IntUnaryOperator rowOfSession) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String path = CONTAINER.matcher(field).replaceAll("");
        Matcher session = SESSION.matcher(path);
        if (session.find()) {
            int index = Integer.parseInt(session.group(1));
            int row = rowOfSession.applyAsInt(index);
            if (row < 0) {
                return null;
            }
            path = "sessions-" + row + path.substring(session.end());
        }
        String id = path.replace("[", "-").replace("]", "").replace('.', '-');
        // a rule about a whole group is shown on the group's first input
        return switch (id) {
            case "title", "description" -> id + "-en";
            case "venue" -> "venue-name";
            default -> {
                if (id.matches("sessions-\\d+")) {
                    yield id + "-title-en";
                }
                if (id.matches("sessions-\\d+-title")) {
                    yield id + "-en";
                }
                yield id;
            }
        };
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public boolean has(String inputId) {
        return byInput.containsKey(inputId);
    }

    public List<String> messages(String inputId) {
        return byInput.getOrDefault(inputId, List.of());
    }

    public List<Entry> summary() {
        return summary;
    }

    /** The value of {@code aria-describedby}: the hint (if any) and, when the input is wrong, its message. */
    public String describedBy(String inputId, String hintId) {
        String hint = hintId == null || hintId.isBlank() ? null : hintId;
        if (!has(inputId)) {
            return hint;
        }
        return hint == null ? inputId + "-error" : hint + " " + inputId + "-error";
    }
}
