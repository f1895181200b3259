package org.cti.convene.staff;

import java.util.Set;
import org.cti.convene.common.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the first administrator from CONVENE_ADMIN_EMAIL / CONVENE_ADMIN_PASSWORD when both are set. */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffAccounts accounts;
    private final String email;
    private final String password;

    FirstAdmin(
            StaffAccounts accounts,
            @Value("${convene.admin.email:}") String email,
            @Value("${convene.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("CONVENE_ADMIN_PASSWORD must have at least 12 characters");
        }
        Boolean created = accounts.createIfAbsent(email, "Administrator", password, StaffRole.ADMIN, Set.of())
                .block(); // startup
        if (Boolean.TRUE.equals(created)) {
            log.info("Created the first administrator account {}", StaffAccounts.normalise(email));
        }
    }
}
