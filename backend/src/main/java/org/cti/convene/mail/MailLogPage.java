package org.cti.convene.mail;

import java.util.List;

/** One page of the mail log, newest first. */
public record MailLogPage(List<MailLogEntry> items, long total, int page, int size) {}
