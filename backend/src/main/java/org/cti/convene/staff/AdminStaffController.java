package org.cti.convene.staff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Staff (administrators)", description = "Invite colleagues, set their role and events, disable them")
@SecurityRequirement(name = "basic")
class AdminStaffController {

    private final StaffAccounts accounts;
    private final StaffPasswords passwords;

    AdminStaffController(StaffAccounts accounts, StaffPasswords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @GetMapping("/api/v1/admin/staff")
    @Operation(summary = "Every staff account, with role, events (empty = all) and status")
    Mono<List<StaffAccount>> list() {
        return accounts.list().collectList();
    }

    @PostMapping("/api/v1/admin/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Invite a colleague",
            description = "Creates an INVITED account and mails a single-use link (valid 7 days) where the colleague "
                    + "chooses a password. 409 staff-exists when the address has an account.")
    Mono<StaffAccount> invite(@RequestBody StaffInvitation invitation) {
        return accounts.invite(invitation);
    }

    @GetMapping("/api/v1/admin/staff/{id}")
    @Operation(summary = "One staff account")
    Mono<StaffAccount> find(@PathVariable UUID id) {
        return accounts.find(id);
    }

    @PatchMapping("/api/v1/admin/staff/{id}")
    @Operation(
            summary = "Change role, events or enabled",
            description = "Absent fields stay. Disabling ends the account's sessions on every instance. 409 "
                    + "last-administrator when it would leave no enabled administrator.")
    Mono<StaffAccount> change(@PathVariable UUID id, @RequestBody StaffChange change) {
        return accounts.change(id, change);
    }

    @PostMapping("/api/v1/admin/staff/{id}/invitation")
    @Operation(summary = "Send the invitation again, with a new link (the old one stops working)")
    Mono<StaffAccount> resend(@PathVariable UUID id) {
        return accounts.resendInvitation(id);
    }

    @PostMapping("/api/v1/admin/staff/{id}/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail the colleague a password-reset link (single use, valid 2 hours)")
    Mono<Void> reset(@PathVariable UUID id) {
        return passwords.sendReset(id);
    }
}
