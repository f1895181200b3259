package org.cti.convene.registration;

import java.util.UUID;

/**
 * A head of delegation must receive the private link to their delegation's page: once when the delegation is
 * registered, and {@code again} when they ask for it.
 */
public record DelegationLinkRequested(
        UUID delegationId, UUID eventId, String headName, String headEmail, String headLanguage, boolean again) {}
