package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the calls of {@code strcases/cases.txt} (made by {@code gen.py} from {@code cases.py}
 * with CPython 3.13: method calls, operators, constructors, {@code format}) on Kaa's objects and
 * compares the repr of each result, or the exception, with CPython's. To regenerate after
 * editing the case lists: {@code cd vm/src/test/resources/dev/kaa/vm/objects/strcases &&
 * python3.13 gen.py cases.py > cases.txt && python3.13 gen.py bytes_cases.py > bytes_cases.txt}.
 *
 * <p>Thread safety: test code, confined.
 */
class StrCasesTest {

    /** Decodes the value tokens written by gen.py's {@code enc}. */
    static final class Decoder {
        private final String[] tokens;
        int pos;

        Decoder(String line) {
            tokens = line.split(" ", -1);
        }

        String word() {
            return tokens[pos++];
        }

        Object value() {
            String t = tokens[pos++];
            switch (t) {
                case "N":
                    return PyNone.NONE;
                case "T":
                    return PyBool.TRUE;
                case "F":
                    return PyBool.FALSE;
                case "S":
                    return new PySlice(value(), value(), value());
                default:
                    break;
            }
            int colon = t.indexOf(':');
            String kind = t.substring(0, colon), body = t.substring(colon + 1);
            switch (kind) {
                case "i":
                    return PyInt.of(new java.math.BigInteger(body));
                case "f":
                    return new PyFloat(switch (body) {
                        case "inf" -> Double.POSITIVE_INFINITY;
                        case "-inf" -> Double.NEGATIVE_INFINITY;
                        case "nan" -> Double.NaN;
                        default -> Double.parseDouble(body);
                    });
                case "s": {
                    StringBuilder sb = new StringBuilder();
                    if (!body.isEmpty()) {
                        for (String h : body.split(",")) {
                            sb.appendCodePoint(Integer.parseInt(h, 16));
                        }
                    }
                    return PyStr.of(sb.toString());
                }
                case "y":
                    return new PyBytes(HexFormat.of().parseHex(body));
                case "Y":
                    return new PyByteArray(HexFormat.of().parseHex(body));
                case "C":
                    return switch (body) {
                        case "str" -> PyStr.TYPE;
                        case "bytes" -> PyBytes.TYPE;
                        default -> PyByteArray.TYPE;
                    };
                case "t":
                case "l": {
                    int n = Integer.parseInt(body);
                    Object[] items = new Object[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = value();
                    }
                    return kind.equals("t") ? PyTuple.of(items) : new PyList(items);
                }
                case "d": {
                    PyDict d = new PyDict();
                    int n = Integer.parseInt(body);
                    for (int i = 0; i < n; i++) {
                        Object k = value();
                        d.setItem(k, value());
                    }
                    return d;
                }
                default:
                    throw new IllegalArgumentException(t);
            }
        }
    }

    static Object run(String call) {
        Decoder d = new Decoder(call);
        String kind = d.word(), name = d.word();
        Object recv = d.value();
        switch (kind) {
            case "op": {
                Object b = d.value();
                return switch (name) {
                    case "+" -> Abstract.binaryOp(recv, b, BinaryOp.ADD);
                    case "*" -> Abstract.binaryOp(recv, b, BinaryOp.MULTIPLY);
                    case "%" -> Abstract.binaryOp(recv, b, BinaryOp.REMAINDER);
                    case "<" -> Abstract.richCompare(recv, b, CompareOp.LT);
                    case "==" -> Abstract.richCompare(recv, b, CompareOp.EQ);
                    case "in" -> PyBool.of(Abstract.contains(b, recv));
                    default -> Abstract.getItem(recv, b);
                };
            }
            case "fmt":
                return StrFormat.format(recv, ((PyStr) d.value()).value());
            default: {
                int n = Integer.parseInt(d.word());
                List<Object> args = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    args.add(d.value());
                }
                int nkw = Integer.parseInt(d.word());
                String[] kwnames = nkw == 0 ? null : new String[nkw];
                for (int i = 0; i < nkw; i++) {
                    kwnames[i] = d.word();
                    args.add(d.value());
                }
                Object callable = kind.equals("new")
                        ? switch (name) {
                            case "str" -> PyStr.TYPE;
                            case "bytes" -> PyBytes.TYPE;
                            case "memoryview" -> PyMemoryView.TYPE;
                            default -> PyByteArray.TYPE;
                        }
                        : Abstract.getAttr(recv, name);
                return Abstract.call(callable, args.toArray(), kwnames);
            }
        }
    }

    static String outcome(String call) {
        try {
            return Abstract.repr(run(call)).value();
        } catch (PyException e) {
            PyBaseException v = e.value();
            String type = v.type().name();
            if (e.matches(Exceptions.UnicodeError)) {
                return "!" + type + ": " + Abstract.repr(Abstract.getAttr(v, "args")).value();
            }
            return "!" + type + ": " + Abstract.str(v).value();
        }
    }

    /** Runs every case of a cases file; returns the mismatches. */
    static List<String> check(String resource) throws IOException {
        BuiltinTypes.boot();
        List<String> failures = new ArrayList<>();
        String text;
        try (InputStream in = StrCasesTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int count = 0;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String call = line.substring(0, tab), expected = line.substring(tab + 1);
            String actual;
            try {
                actual = outcome(call);
            } catch (RuntimeException | Error e) {
                actual = "JAVA " + e;
            }
            count++;
            if (!expected.equals(actual)) {
                failures.add(call + "\n   expected " + expected + "\n   actual   " + actual);
            }
        }
        assertTrue(count > 100, "cases read: " + count);
        return failures;
    }

    @Test
    void strCases() throws IOException {
        List<String> failures = check("strcases/cases.txt");
        assertEquals("", String.join("\n", failures.subList(0, Math.min(60, failures.size()))),
                failures.size() + " failures");
    }
}
