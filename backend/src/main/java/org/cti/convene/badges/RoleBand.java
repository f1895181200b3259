package org.cti.convene.badges;

import java.util.Locale;

/**
 * The coloured band that tells door staff a participant's role from across a room. The role is always also
 * written in the band, so nobody has to tell the colours apart; every text colour has at least 4.5:1 contrast
 * with its band.
 */
enum RoleBand {
    DELEGATE(0x1F5FAD, 0xFFFFFF),
    SPEAKER(0xB3261E, 0xFFFFFF),
    EXPERT(0x1E6B34, 0xFFFFFF),
    ORGANISER(0x5B2A86, 0xFFFFFF),
    PRESS(0xF2C200, 0x000000),
    OTHER(0x4D4D4D, 0xFFFFFF);

    final int fill;
    final int text;

    RoleBand(int fill, int text) {
        this.fill = fill;
        this.text = text;
    }

    static RoleBand of(String role) {
        String name = label(role);
        for (RoleBand band : values()) {
            if (band != OTHER && band.name().equals(name)) {
                return band;
            }
        }
        return OTHER;
    }

    /** The word printed in the band: the role as given, in capitals. */
    static String label(String role) {
        return role.strip().toUpperCase(Locale.ROOT);
    }
}
