package dev.kaa.vm.modules.expat;

import java.util.ArrayList;
import java.util.List;

/**
 * An element's content model from an {@code <!ELEMENT>} declaration, as Expat reports it to
 * {@code ElementDeclHandler}: {@code (type, quantifier, name, children)} with the
 * {@code pyexpat.model} constants.
 *
 * <p>Thread safety: immutable.
 */
record ContentModel(int type, int quant, String name, List<ContentModel> children) {
    static final int EMPTY = 1, ANY = 2, MIXED = 3, NAME = 4, CHOICE = 5, SEQ = 6;

    /** Parses the content spec {@code s}; null when it is not well-formed. */
    static ContentModel parse(String s) {
        String t = s.strip();
        if (t.equals("EMPTY")) {
            return new ContentModel(EMPTY, 0, null, List.of());
        }
        if (t.equals("ANY")) {
            return new ContentModel(ANY, 0, null, List.of());
        }
        String compact = t.replaceAll("\\s+", "");
        if (compact.startsWith("(#PCDATA")) {
            int close = compact.indexOf(')');
            if (close < 0) {
                return null;
            }
            List<ContentModel> names = new ArrayList<>();
            for (String n : compact.substring(8, close).split("\\|")) {
                if (!n.isEmpty()) {
                    names.add(new ContentModel(NAME, 0, n, List.of()));
                }
            }
            int quant = compact.endsWith("*") ? 2 : 0;
            return new ContentModel(MIXED, quant, null, names);
        }
        int[] pos = {0};
        ContentModel m = group(compact, pos);
        return m != null && pos[0] == compact.length() ? m : null;
    }

    private static int quant(String s, int[] pos) {
        if (pos[0] < s.length()) {
            int q = "?*+".indexOf(s.charAt(pos[0]));
            if (q >= 0) {
                pos[0]++;
                return q + 1;
            }
        }
        return 0;
    }

    private static ContentModel group(String s, int[] pos) {
        if (pos[0] >= s.length() || s.charAt(pos[0]) != '(') {
            return null;
        }
        pos[0]++;
        List<ContentModel> items = new ArrayList<>();
        int type = SEQ;
        for (;;) {
            ContentModel cp;
            if (pos[0] < s.length() && s.charAt(pos[0]) == '(') {
                cp = group(s, pos);
            } else {
                int start = pos[0];
                while (pos[0] < s.length() && ",|()?*+".indexOf(s.charAt(pos[0])) < 0) {
                    pos[0]++;
                }
                String n = s.substring(start, pos[0]);
                cp = n.isEmpty() ? null : new ContentModel(NAME, quant(s, pos), n, List.of());
            }
            if (cp == null) {
                return null;
            }
            items.add(cp);
            if (pos[0] >= s.length()) {
                return null;
            }
            char c = s.charAt(pos[0]++);
            if (c == ')') {
                break;
            }
            type = c == '|' ? CHOICE : SEQ;
        }
        return new ContentModel(type, quant(s, pos), null, items);
    }
}
