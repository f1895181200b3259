package org.cti.convene.staff;

import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.StaffRole;

/** A partial change of an account: what is null stays as it is; an empty {@code eventIds} means every event. */
public record StaffChange(StaffRole role, @Size(max = 500) Set<UUID> eventIds, Boolean enabled) {}
