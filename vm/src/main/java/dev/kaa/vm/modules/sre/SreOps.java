package dev.kaa.vm.modules.sre;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * The pattern methods that walk over all the matches: {@code findall}, {@code split},
 * {@code sub} and {@code subn}.
 *
 * <p>Thread safety: stateless.
 */
final class SreOps {
    private SreOps() {}

    /** The text of group g of the scan's last match, or {@code dflt}. */
    private static Object group(SreScan sc, int g, Object dflt) {
        int a = g == 0 ? sc.start() : sc.groupStart(g);
        int b = g == 0 ? sc.end() : sc.groupEnd(g);
        return a < 0 ? dflt : sc.subject.slice(a, b);
    }

    static Object findall(SreScan sc) {
        PyList out = new PyList();
        int groups = sc.pattern.groups();
        Object empty = sc.subject.isStr ? PyStr.EMPTY : PyBytes.EMPTY;
        while (sc.find()) {
            if (groups == 0) {
                out.append(group(sc, 0, empty));
            } else if (groups == 1) {
                out.append(group(sc, 1, empty));
            } else {
                Object[] t = new Object[groups];
                for (int g = 1; g <= groups; g++) {
                    t[g - 1] = group(sc, g, empty);
                }
                out.append(PyTuple.of(t));
            }
        }
        return out;
    }

    static Object split(SreScan sc, long maxsplit) {
        PyList out = new PyList();
        int groups = sc.pattern.groups();
        int last = 0;
        long n = 0;
        while ((maxsplit == 0 || n < maxsplit) && maxsplit >= 0 && sc.find()) {
            out.append(sc.subject.slice(last, sc.start()));
            for (int g = 1; g <= groups; g++) {
                out.append(group(sc, g, PyNone.NONE));
            }
            last = sc.end();
            n++;
        }
        out.append(sc.subject.slice(last, sc.subject.length));
        return out;
    }

    /** {@code sub} (a str/bytes) and {@code subn} (a tuple with the count). */
    static Object sub(PatternObject p, Object repl, Object string, long count, boolean withCount) {
        Object literal = null;
        TemplateObject template = null;
        boolean callable = false;
        if (Abstract.typeOf(repl).slot(Slot.__call__) != null) {
            callable = true;
        } else if (isLiteral(repl)) {
            literal = repl;
        } else {
            template = TemplateObject.compiled(p, repl);
            if (!template.hasGroups()) {
                literal = template.literalOnly();
                template = null;
            }
        }
        SreScan sc = p.scan(string, 0, Long.MAX_VALUE);
        SreSubject subj = sc.subject;
        List<Object> pieces = new ArrayList<>();
        int last = 0;
        long n = 0;
        while ((count == 0 || n < count) && count >= 0 && sc.find()) {
            int b = sc.start(), e = sc.end();
            if (last < b) {
                pieces.add(subj.slice(last, b));
            }
            if (callable) {
                Object item = Abstract.call(repl, sc.result());
                if (item != PyNone.NONE) {
                    pieces.add(item);
                }
            } else if (template != null) {
                SreBuilder t = new SreBuilder(subj.isStr);
                template.appendExpansion(t, subj, spans(sc), p.groups());
                pieces.add(t.result());
            } else if (literal != null) {
                pieces.add(literal);
            }
            last = e;
            n++;
        }
        Object result;
        if (n == 0 && (string.getClass() == PyStr.class || string.getClass() == PyBytes.class)) {
            result = string;
        } else {
            if (last < subj.length) {
                pieces.add(subj.slice(last, subj.length));
            }
            SreBuilder out = new SreBuilder(subj.isStr);
            for (int i = 0; i < pieces.size(); i++) {
                out.appendPiece(pieces.get(i), i);
            }
            result = out.result();
        }
        return withCount ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    private static int[] spans(SreScan sc) {
        int groups = sc.pattern.groups();
        int[] spans = new int[2 * (groups + 1)];
        spans[0] = sc.start();
        spans[1] = sc.end();
        for (int g = 1; g <= groups; g++) {
            spans[2 * g] = sc.groupStart(g);
            spans[2 * g + 1] = sc.groupEnd(g);
        }
        return spans;
    }

    /** A str or buffer replacement without backslashes is used as it is. */
    private static boolean isLiteral(Object repl) {
        if (repl instanceof PyStr s) {
            return s.value().indexOf('\\') < 0;
        }
        SreSubject b = repl instanceof PyStr ? null : SreSubject.ofOrNull(repl);
        if (b == null) {
            return false;
        }
        for (int i = 0; i < b.length; i++) {
            if (b.at(i) == '\\') {
                return false;
            }
        }
        return true;
    }
}
