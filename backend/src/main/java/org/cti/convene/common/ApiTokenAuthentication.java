package org.cti.convene.common;

import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request of a tool that presented a personal API token: the account's rights, and which token it was. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final StaffUser user;
    private final UUID tokenId;

    public ApiTokenAuthentication(StaffUser user, UUID tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public UUID tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public StaffUser getPrincipal() {
        return user;
    }
}
