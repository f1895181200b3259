package org.cti.convene.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Registration bodies as a delegate's browser would send them. */
public final class Delegates {

    private Delegates() {}

    public static Map<String, Object> person(String given, String family, String country) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("honorific", "H.E.");
        body.put("givenName", given);
        body.put("familyName", family);
        body.put("badgeName", given + " " + family);
        body.put("function", "Director of Legal Affairs");
        body.put("organisation", "Ministry of Justice");
        body.put("countryCode", country);
        body.put(
                "email",
                (given + "." + family + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org")
                        .toLowerCase()
                        .replaceAll("[^a-z0-9.@]", "x"));
        body.put("phone", "+221 33 000 00 00");
        body.put("language", "fr");
        body.put("role", "DELEGATE");
        body.put("dietary", "");
        body.put("accessibility", "");
        body.put("visaLetter", false);
        body.put("consent", true);
        return body;
    }

    public static Map<String, Object> amina() {
        return person("Amina", "Diallo", "SN");
    }
}
