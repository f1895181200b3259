package org.cti.convene.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.cti.convene.common.ApiTokenAuthentication;
import org.cti.convene.common.ServerSecret;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code Authorization: Bearer cvn_…}: one SHA-256 and one indexed read; last use written at most once a minute. */
@Component
class ApiTokenSignIn implements ServerAuthenticationConverter {

    private static final String BEARER = "Bearer ";

    private final SessionRepository tokens;
    private final Clock clock;

    ApiTokenSignIn(SessionRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Mono.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        return Mono.just(new PreAuthenticatedAuthenticationToken(token, token));
    }

    /** The manager of the Bearer filter; not a bean of its own, so that Basic and the form keep theirs. */
    Mono<Authentication> authenticate(Authentication attempt) {
        String token = String.valueOf(attempt.getCredentials());
        Instant now = clock.instant();
        return tokens.token(ServerSecret.hash(token), now)
                .switchIfEmpty(Mono.error(new BadCredentialsException("Unknown, expired or revoked token")))
                .flatMap(found -> {
                    Mono<Void> used =
                            found.lastSeenAt() == null || found.lastSeenAt().isBefore(now.minus(Duration.ofMinutes(1)))
                                    ? tokens.tokenUsed(found.id(), now)
                                    : Mono.empty();
                    return used.thenReturn(new ApiTokenAuthentication(found.user(), found.id()));
                });
    }
}
