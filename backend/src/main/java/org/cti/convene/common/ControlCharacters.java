package org.cti.convene.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The C0 control characters (U+0000 to U+001F) that nobody types into a field: NUL, which PostgreSQL cannot
 * store in text or JSON (a 500 before), and the others (bell, escape, backspace…), which only a script sends and
 * which would end up in badges, calendar files and mail headers. Tab, carriage return and line feed are text.
 * JSON bodies are checked as they are decoded ({@link ControlCharacterDecoding}), forms, query parameters and
 * paths by {@link RequestTextFilter}.
 */
public final class ControlCharacters {

    /** The code of the violation, as the pages look its words up ({@code error.control-characters}). */
    public static final String CODE = "control-characters";

    static final String MESSAGE = "must not contain control characters such as NUL";

    private ControlCharacters() {}

    /** Whether the text holds a control character other than tab, carriage return and line feed. */
    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    public static FieldViolation violation(String field) {
        return FieldViolation.of(field, CODE, MESSAGE);
    }

    /**
     * The refusal of a JSON body whose reading stopped at a string with control characters, naming the field as
     * the API does ({@code sessions[0].title.en}); empty when reading failed for another reason.
     */
    public static Optional<InvalidInputException> refusalIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ControlCharacterDecoding.Refused refused) {
                return Optional.of(new InvalidInputException(List.of(violation(field(refused)))));
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a JSON tree (a merge patch, read as a tree and not as a record) with control characters in any of
     * its strings, naming each field as the API does.
     */
    public static void refuseIn(JsonNode tree) {
        List<FieldViolation> violations = new ArrayList<>();
        collect(tree, "", violations);
        InputValidator.refuseIfAny(violations);
    }

    private static void collect(JsonNode node, String at, List<FieldViolation> violations) {
        if (node.isString() && in(node.asString())) {
            violations.add(violation(at.isEmpty() ? "body" : at));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "[" + i + "]", violations);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String name = in(member.getKey()) ? "body" : member.getKey();
                collect(member.getValue(), at.isEmpty() ? name : at + "." + name, violations);
            }
        }
    }

    private static String field(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
