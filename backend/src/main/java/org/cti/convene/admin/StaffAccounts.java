package org.cti.convene.admin;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.cti.convene.common.StaffRole;
import org.cti.convene.common.StaffUser;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Staff accounts of the console and the admin API: who may sign in, with which role and on which events. */
@Service
public class StaffAccounts implements ReactiveUserDetailsService {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return accounts.findByEmail(normalise(username)).cast(UserDetails.class);
    }

    /** Creates the account, or leaves an existing one with that e-mail untouched; emits whether it was created. */
    public Mono<Boolean> createIfAbsent(
            String email, String displayName, String rawPassword, StaffRole role, Set<UUID> onlyEvents) {
        String normalised = normalise(email);
        StaffUser user = new StaffUser(
                UUID.randomUUID(),
                normalised,
                displayName,
                passwords.encode(rawPassword),
                role,
                onlyEvents.isEmpty(),
                Set.copyOf(onlyEvents),
                true);
        return accounts.insertIfAbsent(user);
    }

    public Mono<Boolean> exists(String email) {
        return accounts.findByEmail(normalise(email)).hasElement();
    }

    static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
