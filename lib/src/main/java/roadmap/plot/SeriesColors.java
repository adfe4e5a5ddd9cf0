package roadmap.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One colour per series name for the whole notebook: the first chart that draws "MLP" gives it the
 * next free colour of the palette, and every later chart draws "MLP" in that colour too. Within one
 * chart two series never share a colour: when a name's colour is already taken there, that series
 * gets the first free palette colour instead (for that chart only).
 *
 * <pre>{@code
 * Color c = SeriesColors.colorOf("MLP");   // the colour every chart draws "MLP" in
 * SeriesColors.reset();                    // forget all names (start a fresh sequence)
 * }</pre>
 */
public final class SeriesColors {

    private static final Map<String, Integer> SLOTS = new HashMap<>();
    private static int next;

    private SeriesColors() {
    }

    /**
     * The colour of a series name, assigning the next palette colour on first use.
     *
     * @param name a series name
     * @return its colour
     */
    public static synchronized Color colorOf(String name) {
        return Style.PALETTE[slot(name)];
    }

    /** Forgets every assignment: the next name gets the first palette colour again. */
    public static synchronized void reset() {
        SLOTS.clear();
        next = 0;
    }

    private static int slot(String name) {
        return SLOTS.computeIfAbsent(name, n -> next++ % Style.PALETTE.length);
    }

    /**
     * Colours for the series of one chart, in order: each name's own colour unless an earlier
     * series of the same chart already uses it.
     */
    static synchronized List<Color> forChart(List<String> names) {
        List<Color> out = new ArrayList<>(names.size());
        Set<Integer> used = new LinkedHashSet<>();
        for (String name : names) {
            int s = slot(name);
            if (used.contains(s)) {
                for (int k = 0; k < Style.PALETTE.length; k++) {
                    if (!used.contains(k)) {
                        s = k;
                        break;
                    }
                }
            }
            used.add(s);
            out.add(Style.PALETTE[s]);
        }
        return out;
    }
}
