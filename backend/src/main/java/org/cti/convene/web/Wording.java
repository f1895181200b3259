package org.cti.convene.web;

import java.util.Locale;
import org.cti.convene.common.DomainException;
import org.cti.convene.common.FieldViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The pages' words in the reader's language, looked up by key or by the code a refusal carries, never by the
 * English an API client reads: a field violation is {@code error.<code>.<field>}, else {@code error.<code>};
 * a refused request has its words under its code in the bundle of the pages that show it. Where a bundle has no
 * words for a code yet, the English message is shown rather than hidden.
 */
@Component
public class Wording {

    private final MessageSource messages;

    Wording(MessageSource messages) {
        this.messages = messages;
    }

    /** The text under {@code key}; the key itself when no bundle has it, so a gap shows in the page. */
    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
    }

    /** The text under {@code key}, or {@code fallback} when no bundle has it. */
    public String textOr(String fallback, String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, fallback, locale);
    }

    /** Why a field is refused; the field is its last name in the path ({@code delegates[1].phone} → phone). */
    public String violation(FieldViolation v, Locale locale) {
        Object[] args = v.arguments().toArray();
        String general = textOr(v.message(), "error." + v.code(), locale, args);
        return textOr(general, "error." + v.code() + "." + fieldName(v.field()), locale, args);
    }

    /**
     * A refused request in the words the pages' bundle has for its code ({@code prefix + code}, such as
     * {@code console.problem.slug-taken}), given the refusal's arguments.
     */
    public String refusal(String prefix, DomainException e, Locale locale) {
        return textOr(e.getMessage(), prefix + e.problemType(), locale, e.arguments());
    }

    /**
     * What a refused form shows at its top: each field's violation in the reader's words, or the refusal under
     * {@code prefix + code} (such as {@code console.problem.last-administrator}).
     */
    public java.util.List<String> problems(DomainException e, String prefix, Locale locale) {
        if (e instanceof org.cti.convene.common.InvalidInputException invalid) {
            return invalid.violations().stream().map(v -> violation(v, locale)).toList();
        }
        return java.util.List.of(refusal(prefix, e, locale));
    }

    static String fieldName(String path) {
        String field = path == null ? "" : path.replaceAll("\\[[^]]*]", "").replaceAll("\\.<[^>]*>", "");
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
