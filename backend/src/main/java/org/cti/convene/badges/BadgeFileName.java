package org.cti.convene.badges;

import com.ibm.icu.text.Transliterator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code Content-Disposition} for a badge download: an ASCII {@code filename} every browser accepts
 * ("badge-amina-diallo.pdf", "badge-amina-dyalw.pdf" for آمنة ديالو), and the name as written in
 * {@code filename*} (RFC 6266) for the browsers that read it.
 */
final class BadgeFileName {

    private static final String TO_ASCII = "Any-Latin; Latin-ASCII";
    private static final int MAX_SLUG = 60;

    private BadgeFileName() {}

    static String attachment(String prefix, String name) {
        String slug = slug(name);
        String ascii = prefix + (slug.isEmpty() ? "" : "-" + slug) + ".pdf";
        String written = name == null ? "" : name.strip().replaceAll("[\\p{Cc}\\p{Z}\\s/\\\\\"]+", "-");
        String utf8 = prefix + (written.isEmpty() ? "" : "-" + written) + ".pdf";
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncode(utf8);
    }

    static String slug(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        // a fresh instance per call: downloads are rare, and compound transliterators are not documented thread-safe
        String latin = Transliterator.getInstance(TO_ASCII).transliterate(name);
        String slug =
                latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() <= MAX_SLUG ? slug : slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }

    private static String percentEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
