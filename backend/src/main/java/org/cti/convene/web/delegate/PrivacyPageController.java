package org.cti.convene.web.delegate;

import java.util.Locale;
import org.cti.convene.web.Wording;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The short privacy notice the registration form asks consent to. Its version is the one recorded with
 * each consent, so the page and the stored consent always name the same text.
 */
@Controller
class PrivacyPageController {

    private final String version;
    private final Wording words;

    PrivacyPageController(@Value("${convene.privacy.notice-version:2026-11}") String version, Wording words) {
        this.version = version;
        this.words = words;
    }

    @GetMapping("/privacy")
    String privacy(Locale locale, Model model) {
        model.addAttribute("pageTitle", words.text("privacy.title", locale));
        model.addAttribute("version", version);
        return "delegate/privacy";
    }
}
