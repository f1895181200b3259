package org.cti.convene.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.cti.convene.common.RequestOrigin;
import org.cti.convene.common.ServerSecret;
import org.cti.convene.common.StaffUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Console sessions in PostgreSQL (ADR 0007), so that any instance behind a load balancer knows a session
 * another one started, and signing out or disabling an account ends it everywhere at the next request. The
 * cookie holds 32 random bytes; the table holds their SHA-256. Every sign-in makes a new session (the id
 * changes), sessions end after {@code idle} without a request and after {@code lifetime} in any case.
 */
@Component
class ConsoleSessions implements ServerSecurityContextRepository {

    static final String COOKIE = "CONVENE_SESSION";
    private static final Logger log = LoggerFactory.getLogger(ConsoleSessions.class);
    /** last_seen_at is written at most this often, not on every page. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SessionRepository sessions;
    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;
    private final boolean secureCookie;
    private final SecureRandom random = new SecureRandom();

    ConsoleSessions(
            SessionRepository sessions,
            Clock clock,
            @Value("${convene.console.session-idle:60m}") Duration idle,
            @Value("${convene.console.session-lifetime:12h}") Duration lifetime,
            @Value("${convene.base-url}") String baseUrl) {
        this.sessions = sessions;
        this.clock = clock;
        this.idle = idle;
        this.lifetime = lifetime;
        this.secureCookie = baseUrl.startsWith("https:");
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
        Mono<Void> closeOld =
                token(exchange).map(t -> sessions.close(ServerSecret.hash(t))).orElse(Mono.empty());
        if (context == null || !(context.getAuthentication().getPrincipal() instanceof StaffUser user)) {
            return closeOld.then(Mono.fromRunnable(() -> cookie(exchange, "", Duration.ZERO)));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        return closeOld.then(RequestOrigin.address())
                .flatMap(
                        address -> sessions.open(ServerSecret.hash(token), user.id(), now, now.plus(lifetime), address))
                .then(Mono.fromRunnable(() -> cookie(exchange, token, lifetime)));
    }

    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        return token(exchange)
                .map(token -> {
                    byte[] hash = ServerSecret.hash(token);
                    Instant now = clock.instant();
                    return sessions.session(hash, now, now.minus(idle)).flatMap(found -> {
                        Mono<Void> touch = found.lastSeenAt().isBefore(now.minus(TOUCH_EVERY))
                                ? sessions.touch(hash, now)
                                : Mono.empty();
                        StaffUser user = found.user();
                        SecurityContext context = new SecurityContextImpl(
                                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                        return touch.thenReturn(context);
                    });
                })
                .orElse(Mono.empty());
    }

    /** Removes sessions nobody can use any more, so the table stays the size of the staff. */
    @Scheduled(fixedDelayString = "${convene.console.session-sweep:15m}", initialDelayString = "1m")
    void sweep() {
        Instant now = clock.instant();
        sessions.sweep(now, now.minus(idle))
                .subscribe(
                        n -> log.debug("Removed {} ended console sessions", n),
                        e -> log.warn("Session sweep failed", e));
    }

    private static java.util.Optional<String> token(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        return cookie == null || cookie.getValue().isBlank()
                ? java.util.Optional.empty()
                : java.util.Optional.of(cookie.getValue());
    }

    private void cookie(ServerWebExchange exchange, String value, Duration maxAge) {
        exchange.getResponse()
                .addCookie(ResponseCookie.from(COOKIE, value)
                        .path("/console")
                        .httpOnly(true)
                        .secure(secureCookie)
                        .sameSite("Lax")
                        .maxAge(maxAge)
                        .build());
    }
}
