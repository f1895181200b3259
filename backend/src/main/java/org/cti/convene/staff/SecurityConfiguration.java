package org.cti.convene.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Security is split by audience, so each request runs only what its audience needs: operations and the JSON API
 * ({@link ApiFilterChains}, stateless), the console and the delegate pages ({@link PageFilterChains}, forms with
 * CSRF). Stylesheets and scripts are answered before security, from memory ({@code web.StaticAssets}). Staff
 * accounts are managed by administrators only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfiguration {

    static final String[] STAFF = {"ADMIN", "ORGANISER"};
    static final String[] DOOR = {"ADMIN", "ORGANISER", "CHECKIN"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and stored hashes name their algorithm so a later upgrade needs no migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No observation around each security filter, authentication and authorisation: a profile showed them on
     * every request, static files included, and nobody reads them. The HTTP server metrics stay.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
