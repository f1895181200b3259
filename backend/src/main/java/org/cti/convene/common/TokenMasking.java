package org.cti.convene.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks private-link tokens in what is logged. Invitation, delegate, calendar-feed and staff links carry a
 * 256-bit token in their path or query; whoever reads the log could otherwise answer an invitation, change a
 * registration or set a staff password. A token is a run of at least 32 URL-safe base64 characters with an
 * upper-case letter or an underscore in it, which keeps UUIDs and slugs (lower case) readable; it is logged
 * as its first four characters and an ellipsis, enough to tell two links apart.
 */
public final class TokenMasking {

    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_-]{32,}");
    private static final Pattern NOT_A_SLUG = Pattern.compile("[A-Z_]");

    private TokenMasking() {}

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TOKEN_LIKE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            m.appendReplacement(
                    out, Matcher.quoteReplacement(NOT_A_SLUG.matcher(run).find() ? run.substring(0, 4) + "…" : run));
        }
        m.appendTail(out);
        return out.toString();
    }
}
