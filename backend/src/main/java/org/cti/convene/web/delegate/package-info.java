/**
 * The pages delegates use, mostly on a phone and often in French, Spanish or Arabic: the registration and
 * delegation forms, invitations, and the private pages behind a magic link.
 */
package org.cti.convene.web.delegate;
