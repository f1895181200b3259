package org.cti.convene.invitations;

import java.util.UUID;
import org.cti.convene.common.NotFoundException;
import org.cti.convene.common.ServerSecret;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An invitation's link token: HMAC of its id and token version under the server secret (256 bits), stored
 * only as a SHA-256 hash. The server re-derives it whenever a mail needs it, so neither the database nor
 * the mail outbox ever holds it. Raising the version (resend with a new link) kills the old link.
 */
@Component
class InvitationTokens {

    private final ServerSecret secret;
    private final String baseUrl;

    InvitationTokens(ServerSecret secret, @Value("${convene.base-url}") String baseUrl) {
        this.secret = secret;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String token(UUID invitationId, int version) {
        return secret.token("invitation", invitationId + ":" + version);
    }

    String token(Invitation invitation) {
        return token(invitation.id(), invitation.tokenVersion());
    }

    String pageUrl(Invitation invitation) {
        return baseUrl + "/invitations/" + token(invitation);
    }

    /** The hash to look a presented token up by; absurd tokens are refused before any query. */
    static byte[] hashOf(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw unknown();
        }
        return ServerSecret.hash(token);
    }

    static NotFoundException unknown() {
        return new NotFoundException("This invitation link is not valid. Check that the whole link was copied, "
                + "or ask the organisers to send the invitation again.");
    }
}
