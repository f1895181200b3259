package org.cti.convene.common;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member. {@code allEvents == false} limits an organiser or check-in account to
 * {@code eventIds} (a local partner co-organising one regional meeting sees only that meeting).
 */
public record StaffUser(
        UUID id,
        String email,
        String displayName,
        String passwordHash,
        StaffRole role,
        boolean allEvents,
        Set<UUID> eventIds,
        boolean enabled)
        implements UserDetails {

    public boolean mayWorkOn(UUID eventId) {
        return role == StaffRole.ADMIN || allEvents || eventIds.contains(eventId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "StaffUser[" + email + ", " + role + "]";
    }
}
