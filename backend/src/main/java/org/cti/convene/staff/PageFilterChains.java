package org.cti.convene.staff;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * The page chains. The console signs staff in with a form whose session lives in PostgreSQL
 * ({@link ConsoleSessions}); delegate pages have no sign-in at all (private links carry their own token), so they
 * read no session. Both protect every form with a CSRF token in an HttpOnly cookie, which anonymous forms
 * (registration) need without a session, and send strict security headers (CSP without inline scripts).
 */
@Configuration(proxyBeanMethods = false)
class PageFilterChains {

    @Bean
    @Order(3)
    SecurityWebFilterChain consoleChain(ServerHttpSecurity http, StaffSignIn signIn, ConsoleSessions sessions) {
        ServerAuthenticationFailureHandler failed = (exchange, ex) -> {
            String query = ex instanceof SignInThrottledException t ? "?throttled=" + t.retryAfterSeconds() : "?error";
            var response = exchange.getExchange().getResponse();
            response.setStatusCode(HttpStatus.SEE_OTHER);
            response.getHeaders().setLocation(URI.create("/console/login" + query));
            return Mono.empty();
        };
        return protectedForms(http.securityMatcher(pathMatchers("/console", "/console/**"))
                        .authorizeExchange(a -> a.pathMatchers(
                                        "/console/login",
                                        "/console/login/**",
                                        "/console/welcome/**",
                                        "/console/password",
                                        "/console/password/**")
                                .permitAll()
                                .pathMatchers("/console/staff", "/console/staff/**")
                                .hasRole("ADMIN")
                                .pathMatchers("/console/events/*/badges.pdf", "/console/audit", "/console/audit.csv")
                                .hasAnyRole(SecurityConfiguration.STAFF)
                                .anyExchange()
                                .hasAnyRole(SecurityConfiguration.DOOR))
                        .securityContextRepository(sessions)
                        .formLogin(f -> f.loginPage("/console/login")
                                .authenticationManager(signIn)
                                .securityContextRepository(sessions)
                                .authenticationFailureHandler(failed)
                                .authenticationSuccessHandler(
                                        new RedirectServerAuthenticationSuccessHandler("/console")))
                        .logout(l -> l.logoutUrl("/console/logout")
                                .logoutHandler((exchange, auth) -> sessions.save(exchange.getExchange(), null))
                                .logoutSuccessHandler((exchange, auth) -> {
                                    exchange.getExchange().getResponse().setStatusCode(HttpStatus.SEE_OTHER);
                                    exchange.getExchange()
                                            .getResponse()
                                            .getHeaders()
                                            .setLocation(URI.create("/"));
                                    return Mono.empty();
                                })))
                .build();
    }

    /** Everything else: the public and private delegate pages, open to all, with no session to look up. */
    @Bean
    @Order(4)
    SecurityWebFilterChain delegateChain(ServerHttpSecurity http) {
        return protectedForms(http.authorizeExchange(a -> a.anyExchange().permitAll())
                        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                        .logout(ServerHttpSecurity.LogoutSpec::disable))
                .build();
    }

    private static ServerHttpSecurity protectedForms(ServerHttpSecurity http) {
        return http.requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                // file uploads (invitations by CSV) carry the token as a part of their multipart body
                .csrf(c -> c.csrfTokenRepository(new CookieServerCsrfTokenRepository())
                        .csrfTokenRequestHandler(csrfFromFormsAndUploads()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "media-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; "
                                        + "form-action 'self'; base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicy(p -> p.policy("camera=(self), geolocation=(), microphone=()")));
    }

    private static XorServerCsrfTokenRequestAttributeHandler csrfFromFormsAndUploads() {
        var handler = new XorServerCsrfTokenRequestAttributeHandler();
        handler.setTokenFromMultipartDataEnabled(true);
        return handler;
    }
}
