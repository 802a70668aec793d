package dev.kaa.vm.modules.json;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;

/**
 * The string half of {@code _json}: reading a JSON string literal (with its escapes) out of a
 * document, and writing a Python {@code str} as one. Documents are read by code point, the
 * positions Python sees.
 *
 * <p>Thread safety: stateless.
 */
final class JsonStrings {
    private JsonStrings() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * {@code json.decoder.JSONDecodeError(msg, doc, pos)}, imported when first needed as CPython's
     * C module does, so that {@code json.decoder} need not exist for {@code _json} to load.
     */
    static PyException error(String msg, PyStr doc, int pos) {
        ThreadState ts = ThreadState.current();
        Object mod = ts.runtime.services.importName(ts, "json.decoder", null,
                PyTuple.of(PyStr.of("JSONDecodeError")), 0);
        Object cls = Abstract.getAttr(mod, "JSONDecodeError");
        return new PyException((PyBaseException) Abstract.call(cls, PyStr.of(msg), doc, PyInt.of(pos)));
    }

    static PyStr requireStr(Object o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("first argument must be a string, not %.80s", Abstract.typeOf(o).name());
    }

    /**
     * Reads the string whose opening quote is just before {@code end}; stores the index after
     * its closing quote in {@code next[0]}.
     */
    static String scan(PyStr doc, int[] cp, int end, boolean strict, int[] next) {
        int len = cp.length;
        if (end < 0 || len < end) {
            throw PyErr.valueError("end is out of bounds");
        }
        int begin = end - 1;
        StringBuilder out = new StringBuilder();
        while (true) {
            int c = 0;
            int i = end;
            for (; i < len; i++) {
                c = cp[i];
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw error("Invalid control character at", doc, i);
                }
            }
            if (i >= len || !(c == '"' || c == '\\')) {
                throw error("Unterminated string starting at", doc, begin);
            }
            for (int k = end; k < i; k++) {
                out.appendCodePoint(cp[k]);
            }
            i++;
            if (c == '"') {
                end = i;
                break;
            }
            if (i == len) {
                throw error("Unterminated string starting at", doc, begin);
            }
            c = cp[i];
            if (c != 'u') {
                end = i + 1;
                c = switch (c) {
                    case '"', '\\', '/' -> c;
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> -1;
                };
                if (c < 0) {
                    throw error("Invalid \\escape", doc, end - 2);
                }
            } else {
                i++;
                end = i + 4;
                if (end >= len) {
                    throw error("Invalid \\uXXXX escape", doc, i - 1);
                }
                c = hex4(doc, cp, i, end);
                i = end;
                // A high surrogate escape followed by a low one is one astral character; any
                // other second escape is left for the next round.
                if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && cp[i] == '\\' && cp[i + 1] == 'u') {
                    int c2 = hex4(doc, cp, i + 2, end + 6);
                    if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                        c = Character.toCodePoint((char) c, (char) c2);
                        end += 6;
                    }
                }
            }
            out.appendCodePoint(c);
        }
        next[0] = end;
        return out.toString();
    }

    /** The four hex digits of {@code cp[from, to)}; the error points at the backslash. */
    private static int hex4(PyStr doc, int[] cp, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(cp[i] < 128 ? cp[i] : 'x', 16);
            if (d < 0) {
                throw error("Invalid \\uXXXX escape", doc, to - 5);
            }
            v = (v << 4) | d;
        }
        return v;
    }

    /** {@code s} as a JSON string literal; {@code ascii} escapes everything past U+007E. */
    static String quote(String s, boolean ascii) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quoteInto(out, s, ascii);
        return out.toString();
    }

    static void quoteInto(StringBuilder out, String s, boolean ascii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // Java keeps astral characters as surrogate pairs already: each char escaped
                    // alone gives the pair of \\u escapes CPython writes.
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
