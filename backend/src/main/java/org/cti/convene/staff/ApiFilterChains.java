package org.cti.convene.staff;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import java.time.Duration;
import org.cti.convene.common.Problem;
import org.cti.convene.common.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.ServerWebExchange;

/**
 * The stateless chains: operations ({@code /actuator}) and the JSON API. HTTP Basic or a personal Bearer token,
 * problem+json for 401/403/429; no session is read or created, no request is saved and no CSRF token is made,
 * because no cookie is ever read here.
 */
@Configuration(proxyBeanMethods = false)
class ApiFilterChains {

    private final ProblemWriter problems;
    private final StaffSignIn signIn;
    private final ApiTokenSignIn tokens;
    private final Duration credentialCache;

    ApiFilterChains(
            ProblemWriter problems,
            StaffSignIn signIn,
            ApiTokenSignIn tokens,
            @Value("${convene.security.credential-cache:10s}") Duration credentialCache) {
        this.problems = problems;
        this.signIn = signIn;
        this.tokens = tokens;
        this.credentialCache = credentialCache;
    }

    /** Probes answer without credentials and without touching anything else; metrics are for administrators. */
    @Bean
    @Order(1)
    SecurityWebFilterChain operationsChain(ServerHttpSecurity http) {
        return stateless(http.securityMatcher(pathMatchers("/actuator/**"))
                        .authorizeExchange(a -> a.pathMatchers(
                                        HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .anyExchange()
                                .hasRole("ADMIN")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain apiChain(ServerHttpSecurity http) {
        return stateless(http.securityMatcher(pathMatchers("/api/**"))
                        .authorizeExchange(a -> a.pathMatchers(
                                        "/api/v1/admin/staff", "/api/v1/admin/staff/**", "/api/v1/admin/audit/all")
                                .hasRole("ADMIN")
                                .pathMatchers(
                                        "/api/v1/admin/me",
                                        "/api/v1/admin/me/**",
                                        "/api/v1/admin/tokens",
                                        "/api/v1/admin/tokens/**")
                                .hasAnyRole(SecurityConfiguration.DOOR)
                                .pathMatchers("/api/v1/admin/**")
                                .hasAnyRole(SecurityConfiguration.STAFF)
                                .pathMatchers("/api/v1/check-in", "/api/v1/check-in/**")
                                .hasAnyRole(SecurityConfiguration.DOOR)
                                .anyExchange()
                                .permitAll()))
                .build();
    }

    private ServerHttpSecurity stateless(ServerHttpSecurity http) {
        // door stations and scripts repeat the same Basic credentials: one bcrypt per few seconds, not per request
        var basic = new RememberedCredentials(signIn, credentialCache);
        ServerAuthenticationEntryPoint unauthenticated = this::unauthenticated;
        ServerAccessDeniedHandler denied = (exchange, ex) -> problems.write(
                exchange, problem(403, "forbidden", "Forbidden", "Your role does not allow this action.", exchange));
        var bearer = new AuthenticationWebFilter((ReactiveAuthenticationManager) tokens::authenticate);
        bearer.setServerAuthenticationConverter(tokens);
        bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        bearer.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(unauthenticated));
        return http.httpBasic(b -> b.authenticationManager(basic)
                        .authenticationEntryPoint(unauthenticated)
                        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance()))
                .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
    }

    private reactor.core.publisher.Mono<Void> unauthenticated(
            ServerWebExchange exchange, org.springframework.security.core.AuthenticationException ex) {
        if (ex instanceof SignInThrottledException throttled) {
            exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            return problems.write(
                    exchange,
                    problem(
                            429,
                            "too-many-sign-ins",
                            "Too Many Requests",
                            "Too many failed sign-ins; try again in " + throttled.retryAfterSeconds() + " seconds.",
                            exchange));
        }
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Basic realm=\"Convene\"");
        return problems.write(
                exchange, problem(401, "unauthenticated", "Unauthorized", "Sign in to use this resource.", exchange));
    }

    private static Problem problem(int status, String type, String title, String detail, ServerWebExchange exchange) {
        return Problem.of(
                status, type, title, detail, exchange.getRequest().getPath().value());
    }
}
