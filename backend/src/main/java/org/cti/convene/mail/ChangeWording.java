package org.cti.convene.mail;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cti.convene.common.Language;
import org.springframework.stereotype.Component;

/**
 * Says what changed about an event ({@code TIME}, {@code VENUE}, {@code PROGRAMME}) in the recipient's
 * language, one line each, for the "event changed" mail. Wording lives in {@code mail/changes_*.properties}.
 */
@Component
class ChangeWording {

    static final String BUNDLE = "mail.changes";

    List<String> lines(List<String> changes, Locale language) {
        ResourceBundle bundle = bundle(language);
        return changes.stream()
                .map(change -> bundle.containsKey("change." + change) ? bundle.getString("change." + change) : null)
                .filter(line -> line != null)
                .toList();
    }

    static ResourceBundle bundle(Locale language) {
        Locale supported = Language.of(language == null ? null : language.getLanguage())
                .orElse(Language.DEFAULT)
                .locale();
        try {
            return ResourceBundle.getBundle(
                    BUNDLE,
                    supported,
                    ChangeWording.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No change wording for " + supported, e);
        }
    }
}
