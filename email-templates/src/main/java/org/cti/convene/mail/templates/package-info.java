/**
 * Renders Convene's mails: every {@link org.cti.convene.mail.templates.MailKind} in every language the
 * application speaks (it passes the list; each has its bundle here), as a subject, an HTML part and a plain-text
 * part.
 *
 * <p>Start with {@link org.cti.convene.mail.templates.MailTemplates}; the templates and message bundles live
 * under {@code email/} on the classpath (see the module's README).
 */
package org.cti.convene.mail.templates;
