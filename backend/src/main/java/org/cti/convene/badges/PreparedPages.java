package org.cti.convene.badges;

import java.util.List;
import java.util.SortedSet;

/**
 * Whole pages of prepared badges, in order, from one preparation task, with the code points no bundled font had
 * (printed as '?'), so the document can name them once.
 */
record PreparedPages(List<List<PreparedBadge>> pages, SortedSet<Integer> missingCodePoints) {}
