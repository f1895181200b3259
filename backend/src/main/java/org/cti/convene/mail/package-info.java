/**
 * Mail: every state change a person must know about becomes a row in an outbox, written in the same
 * transaction as the change; a sender renders the row with {@code email-templates} when it is due and sends
 * it through Spring Mail (or, without {@code spring.mail.host}, writes it as an {@code .eml} file).
 *
 * <p>Public: {@link org.cti.convene.mail.MailAttachments} (other features attach files, such as the calendar
 * file, when a mail is sent), and {@link org.cti.convene.mail.MailLog}, the organisers' view of what was sent.
 */
@ApplicationModule(allowedDependencies = {"common", "events", "invitations", "registration", "staff"})
package org.cti.convene.mail;

import org.springframework.modulith.ApplicationModule;
