package org.cti.convene.registration;

import java.util.List;
import java.util.UUID;

/** A State's delegation to an event, as its head sees it. */
public record Delegation(
        UUID id,
        UUID eventId,
        String countryCode,
        String headName,
        String headEmail,
        String headLanguage,
        List<Registration> delegates) {}
