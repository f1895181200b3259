/**
 * Badges: signed QR payloads that check-in can verify without a database, and printable PDF badges in any
 * script.
 *
 * <p>The API is {@link org.cti.convene.badges.BadgeIssuer} (a delegate's badge, an event's badges),
 * {@link org.cti.convene.badges.BadgeSigner}, {@link org.cti.convene.badges.BadgeVerifier},
 * {@link org.cti.convene.badges.BadgeKeys} and {@link org.cti.convene.badges.BadgeRenderer} with their records;
 * everything else, the download endpoints included, is package-private. See
 * docs/adr/0003-signed-badge-payloads.md for the payload format.
 */
@ApplicationModule(allowedDependencies = {"common", "events", "registration"})
package org.cti.convene.badges;

import org.springframework.modulith.ApplicationModule;
