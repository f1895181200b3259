package org.cti.convene.staff;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import java.net.URI;
import java.time.Duration;
import org.cti.convene.common.Problem;
import org.cti.convene.common.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * Two filter chains. The JSON API is stateless: HTTP Basic or a personal Bearer token, problem+json for
 * 401/403/429, no CSRF (no cookie is ever read there). The pages use a form login whose session lives in
 * PostgreSQL ({@link ConsoleSessions}), CSRF on every form, and strict security headers (CSP without inline
 * scripts). Staff accounts are managed by administrators only.
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
            StaffSignIn signIn,
            ApiTokenSignIn tokens,
            @Value("${convene.security.credential-cache:10s}") Duration credentialCache) {
        // door stations and scripts repeat the same Basic credentials: one bcrypt per few seconds, not per request
        var basic = new RememberedCredentials(signIn, credentialCache);
        ServerAuthenticationEntryPoint unauthenticated = (exchange, ex) -> {
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
                    exchange,
                    problem(401, "unauthenticated", "Unauthorized", "Sign in to use this resource.", exchange));
        };
        ServerAccessDeniedHandler denied = (exchange, ex) -> problems.write(
                exchange, problem(403, "forbidden", "Forbidden", "Your role does not allow this action.", exchange));
        var bearer = new AuthenticationWebFilter((ReactiveAuthenticationManager) tokens::authenticate);
        bearer.setServerAuthenticationConverter(tokens);
        bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        bearer.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(unauthenticated));
        return http.securityMatcher(pathMatchers("/api/**", "/actuator/**"))
                .authorizeExchange(
                        a -> a.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .pathMatchers(
                                        "/actuator/**",
                                        "/api/v1/admin/staff",
                                        "/api/v1/admin/staff/**",
                                        "/api/v1/admin/audit/all")
                                .hasRole("ADMIN")
                                .pathMatchers(
                                        "/api/v1/admin/me",
                                        "/api/v1/admin/me/**",
                                        "/api/v1/admin/tokens",
                                        "/api/v1/admin/tokens/**")
                                .hasAnyRole(DOOR)
                                .pathMatchers("/api/v1/admin/**")
                                .hasAnyRole(STAFF)
                                .pathMatchers("/api/v1/check-in", "/api/v1/check-in/**")
                                .hasAnyRole(DOOR)
                                .anyExchange()
                                .permitAll())
                .httpBasic(b -> b.authenticationManager(basic).authenticationEntryPoint(unauthenticated))
                .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
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
    SecurityWebFilterChain pageChain(ServerHttpSecurity http, StaffSignIn signIn, ConsoleSessions sessions) {
        ServerAuthenticationFailureHandler failed = (exchange, ex) -> {
            String query = ex instanceof SignInThrottledException t ? "?throttled=" + t.retryAfterSeconds() : "?error";
            var response = exchange.getExchange().getResponse();
            response.setStatusCode(HttpStatus.SEE_OTHER);
            response.getHeaders().setLocation(URI.create("/console/login" + query));
            return Mono.empty();
        };
        return http.authorizeExchange(a -> a.pathMatchers(
                                "/console/login",
                                "/console/login/**",
                                "/console/welcome/**",
                                "/console/password",
                                "/console/password/**")
                        .permitAll()
                        .pathMatchers("/console/staff", "/console/staff/**")
                        .hasRole("ADMIN")
                        .pathMatchers("/console/events/*/badges.pdf", "/console/audit", "/console/audit.csv")
                        .hasAnyRole(STAFF)
                        .pathMatchers(
                                "/console/check-in", "/console/check-in/**", "/console/account", "/console/account/**")
                        .hasAnyRole(DOOR)
                        .pathMatchers("/console", "/console/**")
                        .hasAnyRole(DOOR)
                        .anyExchange()
                        .permitAll())
                .securityContextRepository(sessions)
                .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .formLogin(f -> f.loginPage("/console/login")
                        .authenticationManager(signIn)
                        .securityContextRepository(sessions)
                        .authenticationFailureHandler(failed)
                        .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/console")))
                .logout(l -> l.logoutUrl("/console/logout")
                        .logoutHandler((exchange, auth) -> sessions.save(exchange.getExchange(), null))
                        .logoutSuccessHandler((exchange, auth) -> {
                            exchange.getExchange().getResponse().setStatusCode(HttpStatus.SEE_OTHER);
                            exchange.getExchange().getResponse().getHeaders().setLocation(URI.create("/"));
                            return Mono.empty();
                        }))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                // the CSRF token in an HttpOnly cookie: anonymous forms (registration) need no session; file uploads
                // (invitations by CSV) carry it as a part of their multipart body
                .csrf(c -> c.csrfTokenRepository(new CookieServerCsrfTokenRepository())
                        .csrfTokenRequestHandler(csrfFromFormsAndUploads()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "media-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; "
                                        + "form-action 'self'; base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicy(p -> p.policy("camera=(self), geolocation=(), microphone=()")))
                .build();
    }

    private static XorServerCsrfTokenRequestAttributeHandler csrfFromFormsAndUploads() {
        var handler = new XorServerCsrfTokenRequestAttributeHandler();
        handler.setTokenFromMultipartDataEnabled(true);
        return handler;
    }

    private static Problem problem(
            int status,
            String type,
            String title,
            String detail,
            org.springframework.web.server.ServerWebExchange exchange) {
        return Problem.of(
                status, type, title, detail, exchange.getRequest().getPath().value());
    }
}
