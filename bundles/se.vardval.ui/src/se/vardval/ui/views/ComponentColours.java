package se.vardval.ui.views;

import java.util.BitSet;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.swt.graphics.RGB;

/**
 * A payment component's colour in every chart, taken from a fixed palette by its code, so that a component keeps its
 * colour from month to month and from view to view.
 */
public final class ComponentColours {

    private static final int[][] PALETTE = { { 31, 119, 180 }, { 255, 127, 14 }, { 44, 160, 44 }, { 214, 39, 40 },
        { 148, 103, 189 }, { 140, 86, 75 }, { 227, 119, 194 }, { 127, 127, 127 }, { 188, 189, 34 },
        { 23, 190, 207 }, { 174, 199, 232 }, { 255, 187, 120 }, { 152, 223, 138 }, { 255, 152, 150 },
        { 197, 176, 213 }, { 196, 156, 148 }, { 247, 182, 210 }, { 199, 199, 199 }, { 219, 219, 141 },
        { 158, 218, 229 }, { 57, 59, 121 }, { 140, 109, 49 }, { 132, 60, 57 }, { 123, 65, 115 } };

    private ComponentColours() {
    }

    /**
     * The colours of the components a chart shows, each the palette's colour its code hashes to; of codes that hash to
     * the same colour, the first in code order keeps it and the others take the next free ones.
     */
    public static Map<String, RGB> of(Collection<String> codes) {
        BitSet taken = new BitSet(PALETTE.length);
        Map<String, RGB> colours = new TreeMap<>();
        for (String code : new TreeSet<>(codes)) {
            int index = slot(code);
            for (int tries = 0; taken.get(index) && tries < PALETTE.length; tries++) {
                index = (index + 1) % PALETTE.length;
            }
            taken.set(index);
            colours.put(code, rgb(index));
        }
        return colours;
    }

    /** The colour a component's code hashes to. */
    public static RGB of(String code) {
        return rgb(slot(code));
    }

    private static int slot(String code) {
        int hash = code.hashCode() * 0x9E3779B9;
        return Math.floorMod(hash ^ hash >>> 16, PALETTE.length);
    }

    private static RGB rgb(int index) {
        return new RGB(PALETTE[index][0], PALETTE[index][1], PALETTE[index][2]);
    }
}
