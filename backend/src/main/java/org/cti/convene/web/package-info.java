/** Server-rendered pages for delegates and organisers; they call the features' facades only. */
package org.cti.convene.web;
