package org.cti.convene.registration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The UN M49 region of a country (Africa, Americas, Asia, Europe, Oceania), read from
 * {@code registration/regions.csv}; a code the file does not know counts under {@link #OTHER}.
 */
final class UnRegions {

    static final List<String> REGIONS = List.of("Africa", "Americas", "Asia", "Europe", "Oceania");
    static final String OTHER = "Other";
    static final String RESOURCE = "registration/regions.csv";

    private static final Map<String, String> BY_CODE = load();

    private UnRegions() {}

    static String of(String countryCode) {
        return countryCode == null
                ? OTHER
                : BY_CODE.getOrDefault(countryCode.strip().toUpperCase(Locale.ROOT), OTHER);
    }

    /** Every code the file maps, with its region. */
    static Map<String, String> mapping() {
        return BY_CODE;
    }

    private static Map<String, String> load() {
        Map<String, String> regions = new TreeMap<>();
        try (InputStream in = UnRegions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#") || entry.equals("code,region")) {
                    continue;
                }
                String[] parts = entry.split(",", 2);
                String region = parts.length == 2 ? parts[1].strip() : "";
                if (parts[0].strip().length() != 2 || !(REGIONS.contains(region) || OTHER.equals(region))) {
                    throw new IllegalStateException(RESOURCE + ": unreadable line '" + line + "'");
                }
                regions.put(parts[0].strip(), region);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(regions);
    }
}
