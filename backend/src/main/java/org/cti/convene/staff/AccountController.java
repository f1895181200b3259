package org.cti.convene.staff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.cti.convene.common.EventAccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What every member of staff does for themselves: their account, password and API tokens. */
@RestController
@Tag(name = "My account", description = "The caller's account, password and personal API tokens")
@SecurityRequirement(name = "basic")
class AccountController {

    record TokenRequest(String name, OffsetDateTime expiresAt) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    record ResetRequest(String email) {}

    private final StaffAccounts accounts;
    private final StaffPasswords passwords;
    private final ApiTokens tokens;
    private final EventAccess access;

    AccountController(StaffAccounts accounts, StaffPasswords passwords, ApiTokens tokens, EventAccess access) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.access = access;
    }

    @GetMapping("/api/v1/admin/me")
    @Operation(summary = "The caller's account: role, events (empty = all), status")
    Mono<StaffAccount> me() {
        return access.current().flatMap(user -> accounts.find(user.id()));
    }

    @PutMapping("/api/v1/admin/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the caller's password; ends the account's console sessions")
    Mono<Void> changePassword(@RequestBody PasswordChange change) {
        return access.current().flatMap(user -> passwords.change(user, change.currentPassword(), change.newPassword()));
    }

    @PostMapping("/api/v1/admin/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a personal API token",
            description = "The token carries the caller's role and events; it is in this answer only. Expiry at most "
                    + "a year ahead (default 90 days). Use it as Authorization: Bearer <token>.")
    Mono<ApiTokens.CreatedToken> createToken(@RequestBody TokenRequest request) {
        return access.current().flatMap(user -> tokens.create(user, request.name(), request.expiresAt()));
    }

    @GetMapping("/api/v1/admin/tokens")
    @Operation(summary = "The caller's tokens (never the secret)")
    Mono<List<ApiTokens.ApiToken>> listTokens() {
        return access.current().flatMapMany(tokens::mine).collectList();
    }

    @DeleteMapping("/api/v1/admin/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token (one's own; administrators any)")
    Mono<Void> revoke(@PathVariable UUID id) {
        return access.current().flatMap(user -> tokens.revoke(user, id));
    }

    @PostMapping("/api/v1/staff/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Ask for a password-reset link",
            description = "Always 202: the answer never says whether the address has an account.")
    Mono<Void> requestReset(@RequestBody ResetRequest request) {
        return passwords.requestReset(request.email());
    }
}
