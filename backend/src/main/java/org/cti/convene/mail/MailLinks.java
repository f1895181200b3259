package org.cti.convene.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The addresses mails point to, all built from {@code convene.base-url} here and nowhere else. */
@Component
class MailLinks {

    private final String base;

    MailLinks(@Value("${convene.base-url}") String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The delegate's private page: view, change, cancel, calendar file and badge. */
    String manage(String token) {
        return base + "/my/registration?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The head of delegation's private page: every delegate, substitutions, cancellations. */
    String delegation(String token) {
        return base + "/my/delegation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    String event(String slug) {
        return slug == null ? null : base + "/events/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    /** The event's calendar file, in the recipient's language (mails with a seat also attach their own entry). */
    String calendar(String slug, java.util.Locale language) {
        return slug == null
                ? null
                : base + "/api/v1/events/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "/calendar.ics?lang="
                        + language.getLanguage();
    }

    /** Where a staff link leads: the welcome page of an invitation, or the page to choose a new password. */
    String staffLink(boolean invitation, String token) {
        return base + (invitation ? "/console/welcome/" : "/console/password/") + token;
    }
}
