package org.cti.convene.badges;

import java.util.Objects;

/** The outcome of checking a scanned payload: a claim the server signed, or the reason it is not one. */
public sealed interface VerifiedBadge {

    /** The payload was signed by one of our keys; {@code keyId} tells which, for the audit trail. */
    record Valid(BadgeClaim claim, int keyId) implements VerifiedBadge {
        public Valid {
            Objects.requireNonNull(claim, "claim");
        }
    }

    record Invalid(Reason reason) implements VerifiedBadge {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }

    enum Reason {
        /** Not a Convene badge payload at all: empty, wrong prefix, wrong length, not Base32. */
        MALFORMED,
        /** Well formed, but signed with a key id this server does not know (another deployment, a retired key). */
        UNKNOWN_KEY,
        /** Well formed and a known key id, but the signature does not match: altered or forged. */
        BAD_SIGNATURE
    }

    default boolean isValid() {
        return this instanceof Valid;
    }
}
