package org.cti.convene.staff;

import java.util.UUID;

/** What happens to staff accounts, published for the mails and the audit trail. */
public final class StaffEvents {

    private StaffEvents() {}

    /** A colleague was invited (or invited again): {@code linkId} is the link their mail carries. */
    public record Invited(StaffAccount account, UUID linkId) {}

    /** A password-reset link was made for an account that exists and is enabled. */
    public record PasswordResetRequested(StaffAccount account, UUID linkId) {}

    /** Role, scope or status changed. */
    public record Changed(StaffAccount before, StaffAccount after) {}

    /** The account's owner chose a password, through a link ({@code viaLink}) or signed in. */
    public record PasswordChosen(StaffAccount account, StaffLinkPurpose viaLink) {}

    public record SignedIn(UUID accountId, String email) {}

    /** A refused sign-in; {@code accountId} is null when no account has that e-mail. */
    public record SignInRefused(UUID accountId, String email, String reason) {}

    public record TokenCreated(UUID accountId, UUID tokenId, String name) {}

    public record TokenRevoked(UUID accountId, UUID tokenId, String name) {}
}
