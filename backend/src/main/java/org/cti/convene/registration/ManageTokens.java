package org.cti.convene.registration;

import java.util.UUID;
import org.cti.convene.common.ServerSecret;
import org.springframework.stereotype.Component;

/** Private-link tokens of registrations and delegations; only their hashes are stored. */
@Component
class ManageTokens {

    private final ServerSecret secret;

    ManageTokens(ServerSecret secret) {
        this.secret = secret;
    }

    String registration(UUID id, int version) {
        return secret.token("registration", id + ":" + version);
    }

    String delegation(UUID id, int version) {
        return secret.token("delegation", id + ":" + version);
    }

    static byte[] hash(String token) {
        return ServerSecret.hash(token);
    }
}
