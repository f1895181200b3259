package org.cti.convene.checkin;

/** What the door shows about the person whose badge was scanned. */
public record ScannedPerson(String badgeName, String countryCode, String role, String organisation) {}
