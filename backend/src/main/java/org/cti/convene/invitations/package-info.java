/**
 * Invitations to invitation-only events: a named person, or a State delegation with N seats reserved
 * against the event's capacity. Organisers invite (JSON or CSV), follow the answers, resend, revoke and
 * extend; invitees open, accept (registering through the registration feature's
 * {@code Registrations.registerInvited}) or decline with an unguessable link; a job sends reminders before
 * the deadline, once each. The mail feature turns {@link org.cti.convene.invitations.InvitationSent} and
 * {@link org.cti.convene.invitations.InvitationReminderDue} into mails, with the links from
 * {@link org.cti.convene.invitations.Invitations#acceptUrl} and
 * {@link org.cti.convene.invitations.Invitations#declineUrl}.
 */
@ApplicationModule(allowedDependencies = {"common", "events", "registration"})
package org.cti.convene.invitations;

import org.springframework.modulith.ApplicationModule;
