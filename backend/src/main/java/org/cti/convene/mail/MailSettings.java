package org.cti.convene.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code convene.mail.*}: who mails come from and how the outbox is worked off.
 *
 * @param from the {@code From} header with its display name
 * @param pollInterval pause between two looks at the outbox
 * @param batchSize rows one sender claims at a time
 * @param maxAttempts attempts before a row is given up as {@code FAILED}
 * @param retryBackoff wait after the first failure; doubled after each further one
 * @param maxRetryBackoff the longest wait between two attempts
 * @param lease how long a claimed row belongs to its sender; a sender killed mid-send gives its rows back
 *     when the lease runs out, so it must outlast the SMTP timeouts
 * @param reminderLead how long before an event starts the reminder goes out
 * @param reminderInterval how often the reminder job looks for events starting within the lead
 */
@ConfigurationProperties("convene.mail")
record MailSettings(
        String from,
        Duration pollInterval,
        int batchSize,
        int maxAttempts,
        Duration retryBackoff,
        Duration maxRetryBackoff,
        Duration lease,
        Duration reminderLead,
        Duration reminderInterval) {

    MailSettings {
        from = from == null || from.isBlank() ? "Convene <noreply@convene.local>" : from.strip();
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        batchSize = batchSize <= 0 ? 20 : batchSize;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        retryBackoff = retryBackoff == null ? Duration.ofSeconds(30) : retryBackoff;
        maxRetryBackoff = maxRetryBackoff == null ? Duration.ofHours(2) : maxRetryBackoff;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        reminderLead = reminderLead == null ? Duration.ofHours(48) : reminderLead;
        reminderInterval = reminderInterval == null ? Duration.ofMinutes(10) : reminderInterval;
        fromAddress(from); // fail at start-up, not at the first mail
    }

    InternetAddress fromAddress() {
        return fromAddress(from);
    }

    /** The domain of the sender's address, used in Message-IDs. */
    String domain() {
        String address = fromAddress().getAddress();
        return address.substring(address.indexOf('@') + 1);
    }

    /** Wait before attempt {@code attempts + 1}, having failed {@code attempts} times. */
    Duration backoffAfter(int attempts) {
        Duration wait = retryBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxRetryBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : wait;
    }

    MailSettings withBatchSize(int size) {
        return new MailSettings(
                from,
                pollInterval,
                size,
                maxAttempts,
                retryBackoff,
                maxRetryBackoff,
                lease,
                reminderLead,
                reminderInterval);
    }

    private static InternetAddress fromAddress(String from) {
        try {
            InternetAddress address = new InternetAddress(from, true);
            if (address.getAddress() == null || address.getAddress().indexOf('@') < 1) {
                throw new AddressException("no domain", from);
            }
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "convene.mail.from must be an address such as 'Convene <noreply@example.org>': " + from, e);
        }
    }
}
