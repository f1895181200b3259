package org.cti.convene.common;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * Two filter chains. The JSON API is stateless: HTTP Basic for staff, problem+json for 401/403, no CSRF
 * (no cookies are ever read there). The pages use a form login session with CSRF on every form and
 * strict security headers (CSP without inline scripts).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfiguration {

    private static final String[] STAFF = {"ADMIN", "ORGANISER"};
    private static final String[] DOOR = {"ADMIN", "ORGANISER", "CHECKIN"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and stored hashes name their algorithm so a later upgrade needs no migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain apiChain(
            ServerHttpSecurity http,
            ProblemWriter problems,
            ReactiveUserDetailsService users,
            PasswordEncoder passwords,
            @Value("${convene.security.credential-cache:60s}") Duration credentialCache) {
        UserDetailsRepositoryReactiveAuthenticationManager verifying =
                new UserDetailsRepositoryReactiveAuthenticationManager(users);
        verifying.setPasswordEncoder(passwords);
        // door stations and scripts repeat the same Basic credentials: one bcrypt per minute, not per request
        ReactiveAuthenticationManager basic = new RememberedCredentials(verifying, credentialCache);
        ServerAuthenticationEntryPoint unauthenticated = (exchange, ex) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Basic realm=\"Convene\"");
            return problems.write(
                    exchange,
                    Problem.of(
                            401,
                            "unauthenticated",
                            "Unauthorized",
                            "Sign in to use this resource.",
                            exchange.getRequest().getPath().value()));
        };
        ServerAccessDeniedHandler denied = (exchange, ex) -> problems.write(
                exchange,
                Problem.of(
                        403,
                        "forbidden",
                        "Forbidden",
                        "Your role does not allow this action.",
                        exchange.getRequest().getPath().value()));
        return http.securityMatcher(pathMatchers("/api/**", "/actuator/**"))
                .authorizeExchange(
                        a -> a.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .pathMatchers("/actuator/**")
                                .hasRole("ADMIN")
                                .pathMatchers("/api/v1/admin/**")
                                .hasAnyRole(STAFF)
                                .pathMatchers("/api/v1/check-in", "/api/v1/check-in/**")
                                .hasAnyRole(DOOR)
                                .anyExchange()
                                .permitAll())
                .httpBasic(b -> b.authenticationManager(basic).authenticationEntryPoint(unauthenticated))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain pageChain(ServerHttpSecurity http) {
        return http.authorizeExchange(a -> a.pathMatchers("/console/login", "/console/login/**")
                        .permitAll()
                        .pathMatchers("/console/check-in", "/console/check-in/**")
                        .hasAnyRole(DOOR)
                        .pathMatchers("/console", "/console/**")
                        .hasAnyRole(DOOR)
                        .anyExchange()
                        .permitAll())
                .formLogin(f -> f.loginPage("/console/login")
                        .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/console")))
                .logout(l -> l.logoutUrl("/console/logout").logoutSuccessHandler((exchange, auth) -> {
                    exchange.getExchange().getResponse().setStatusCode(org.springframework.http.HttpStatus.SEE_OTHER);
                    exchange.getExchange().getResponse().getHeaders().setLocation(URI.create("/"));
                    return Mono.empty();
                }))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                // the CSRF token in an HttpOnly cookie: anonymous forms (registration) need no session
                .csrf(c -> c.csrfTokenRepository(new CookieServerCsrfTokenRepository()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "media-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; "
                                        + "form-action 'self'; base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicy(p -> p.policy("camera=(self), geolocation=(), microphone=()")))
                .build();
    }
}
