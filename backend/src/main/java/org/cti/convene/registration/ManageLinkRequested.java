package org.cti.convene.registration;

/** Someone asked for the private link of a live registration to be sent again. Published inside the transaction of the change. */
public record ManageLinkRequested(Registration registration) {}
