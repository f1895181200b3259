package org.cti.convene.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cti.convene.support.Accessibility;
import org.cti.convene.support.Browser;
import org.junit.jupiter.api.Test;

/** The audit the browser journeys rely on does catch what it is meant to catch. */
class AccessibilityAuditTests {

    @Test
    void anUnlabelledInputAndAnImageWithoutAltFailTheAudit() {
        try (Browser browser = Browser.open(Browser.DESKTOP, "en")) {
            browser.driver()
                    .get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='en'><head><title>t</title>"
                            + "</head><body><main><h1>Bad page</h1><form><input type='text'></form>"
                            + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></main></body></html>");
            assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(browser.driver()))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("label")
                    .hasMessageContaining("image-alt");
        }
    }
}
