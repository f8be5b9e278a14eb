package org.nashra.core;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What an editor's file is told when it uses a name the file does not know: the known names, and the one it
 * most likely meant when a single one is within two typing slips of it ({@code sumary_ar} → {@code summary_ar}).
 */
public final class KnownNames {

    private KnownNames() {}

    /** Slips (a letter added, dropped, changed, or two swapped) between a name and the one it is taken for. */
    private static final int MAX_SLIPS = 2;

    /** {@code unknown field 'sumary_ar' (did you mean summary_ar? known: author, outlet, ...)}. */
    public static String unknown(String what, String given, Collection<String> known) {
        List<String> names = List.copyOf(new TreeSet<>(known));
        String meant = meant(given, names);
        return "unknown " + what + " '" + given + "' (" + (meant == null ? "" : "did you mean " + meant + "? ")
                + "known: " + String.join(", ", names) + ")";
    }

    /** The one known name closest to {@code given} within {@link #MAX_SLIPS}; null when none, or two as close. */
    static String meant(String given, List<String> known) {
        String best = null;
        int bestSlips = Integer.MAX_VALUE;
        boolean tie = false;
        for (String name : known) {
            int slips = slips(given.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
            if (slips < bestSlips) {
                best = name;
                bestSlips = slips;
                tie = false;
            } else if (slips == bestSlips) {
                tie = true;
            }
        }
        // A short name two slips away is as likely another word: at most a third of the name may be slips.
        boolean close = bestSlips <= MAX_SLIPS && bestSlips * 3 <= Math.max(given.length(), 1);
        return best != null && close && !tie ? best : null;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int slips(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
