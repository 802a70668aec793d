package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the number cases of {@code src/test/resources/num/cases-*.txt}: each line is an operation
 * on encoded values and the result CPython 3.13 gave ({@code type repr}, or {@code !Error: text}),
 * filled in by {@code gen_cases.py} there ({@code gen_random.py} and {@code gen_parse.py} write the
 * seeded random case lists). Values: {@code i:123} int, {@code f:1.5} float,
 * {@code c:re,im} complex, {@code s:text} str ({@code \s} is a space, {@code \\uXXXX} a code
 * point), {@code T F N}, {@code t:int} a type, {@code is:}/{@code fs:} instances of int and float
 * subclasses; {@code name=VALUE} is a keyword argument.
 *
 * <p>Thread safety: test code, single-threaded.
 */
class NumCasesTest {

    @Test
    void intCases() {
        runFile("cases-int.txt");
    }

    @Test
    void floatCases() {
        runFile("cases-float.txt");
    }

    @Test
    void complexCases() {
        runFile("cases-complex.txt");
    }

    @Test
    void bytesCases() {
        runFile("cases-bytes.txt");
    }

    @Test
    void argumentCases() {
        runFile("cases-args.txt");
    }

    @Test
    void randomCases() {
        runFile("cases-random.txt");
    }

    @Test
    void parseCases() {
        runFile("cases-parse.txt");
    }

    @Test
    void formatCases() {
        runFile("cases-format.txt");
    }

    static void runFile(String name) {
        List<String> failures = failures(name);
        assertEquals(0, failures.size(), failures.size() + " failures in " + name + ":\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    /** For a quick run without JUnit: prints the failing cases of the named files. */
    public static void main(String[] args) {
        for (String a : args) {
            List<String> f = failures(a);
            f.forEach(System.out::println);
            System.out.println(a + ": " + f.size() + " failures");
        }
    }

    static List<String> failures(String name) {
        BuiltinTypes.boot();
        PyComplex.TYPE.name();
        List<String> failures = new ArrayList<>();
        String text;
        try (InputStream in = NumCasesTest.class.getResourceAsStream("/num/" + name)) {
            if (in == null) {
                return List.of("missing resource " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(e.toString());
        }
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf(" => ");
            String c = line.substring(0, arrow);
            String expected = line.substring(arrow + 4);
            String actual;
            try {
                actual = run(c.split(" ", -1));
            } catch (PyException e) {
                actual = "!" + e.pyType().name() + ": " + Abstract.str(e.value());
            } catch (RuntimeException | StackOverflowError e) {
                actual = "JAVA " + e;
            }
            if (!expected.equals(actual)) {
                failures.add(c + "\n    expected " + expected + "\n    actual   " + actual);
            }
        }
        return failures;
    }

    private static PyType intSub, floatSub, complexSub;

    private static PyType subclass(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
        return (PyType) Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), ns);
    }

    static Object type(String name) {
        if (intSub == null) {
            intSub = subclass("IntSub", PyInt.TYPE);
            floatSub = subclass("FloatSub", PyFloat.TYPE);
            complexSub = subclass("ComplexSub", PyComplex.TYPE);
        }
        return switch (name) {
            case "int" -> PyInt.TYPE;
            case "float" -> PyFloat.TYPE;
            case "complex" -> PyComplex.TYPE;
            case "bool" -> PyBool.TYPE;
            case "bytes" -> PyBytes.TYPE;
            case "IntSub" -> intSub;
            case "FloatSub" -> floatSub;
            case "ComplexSub" -> complexSub;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static double dbl(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 's' -> sb.append(' ');
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'u' -> {
                    sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> throw new IllegalArgumentException(s);
            }
        }
        return sb.toString();
    }

    static Object value(String tok) {
        switch (tok) {
            case "T": return PyBool.TRUE;
            case "F": return PyBool.FALSE;
            case "N": return PyNone.NONE;
            default: break;
        }
        int colon = tok.indexOf(':');
        String kind = tok.substring(0, colon), text = tok.substring(colon + 1);
        return switch (kind) {
            case "i" -> PyInt.of(new BigInteger(text));
            case "f" -> new PyFloat(dbl(text));
            case "c" -> {
                String[] p = text.split(",");
                yield new PyComplex(dbl(p[0]), dbl(p[1]));
            }
            case "s" -> PyStr.of(unescape(text));
            case "t" -> type(text);
            case "y" -> new PyBytes(unescape(text).getBytes(StandardCharsets.ISO_8859_1));
            case "ya" -> Abstract.call(PyByteArray.TYPE, new PyBytes(unescape(text).getBytes(StandardCharsets.ISO_8859_1)));
            case "l" -> {
                List<Object> items = new ArrayList<>();
                for (String x : text.split(",")) {
                    if (!x.isEmpty()) {
                        items.add(PyInt.of(new BigInteger(x)));
                    }
                }
                yield new PyList(items.toArray());
            }
            case "is" -> Abstract.call(type("IntSub"), PyInt.of(new BigInteger(text)));
            case "fs" -> Abstract.call(type("FloatSub"), new PyFloat(dbl(text)));
            default -> throw new IllegalArgumentException(tok);
        };
    }

    static String run(String[] toks) {
        String op = toks[0];
        String name = null;
        if (op.equals("meth") || op.equals("attr")) {
            name = toks[1];
            toks = java.util.Arrays.copyOfRange(toks, 1, toks.length);
        }
        List<Object> pos = new ArrayList<>();
        List<String> kwn = new ArrayList<>();
        List<Object> kwv = new ArrayList<>();
        for (int i = 1; i < toks.length; i++) {
            String t = toks[i];
            int eq = t.indexOf('=');
            if (eq > 0 && !t.startsWith("s:")) {
                kwn.add(t.substring(0, eq));
                kwv.add(value(t.substring(eq + 1)));
            } else {
                pos.add(value(t));
            }
        }
        Object[] p = pos.toArray();
        Object r = switch (op) {
            case "+" -> Abstract.binaryOp(p[0], p[1], BinaryOp.ADD);
            case "-" -> Abstract.binaryOp(p[0], p[1], BinaryOp.SUBTRACT);
            case "*" -> Abstract.binaryOp(p[0], p[1], BinaryOp.MULTIPLY);
            case "/" -> Abstract.binaryOp(p[0], p[1], BinaryOp.TRUE_DIVIDE);
            case "//" -> Abstract.binaryOp(p[0], p[1], BinaryOp.FLOOR_DIVIDE);
            case "%" -> Abstract.binaryOp(p[0], p[1], BinaryOp.REMAINDER);
            case "**" -> Abstract.binaryOp(p[0], p[1], BinaryOp.POWER);
            case "<<" -> Abstract.binaryOp(p[0], p[1], BinaryOp.LSHIFT);
            case ">>" -> Abstract.binaryOp(p[0], p[1], BinaryOp.RSHIFT);
            case "&" -> Abstract.binaryOp(p[0], p[1], BinaryOp.AND);
            case "|" -> Abstract.binaryOp(p[0], p[1], BinaryOp.OR);
            case "^" -> Abstract.binaryOp(p[0], p[1], BinaryOp.XOR);
            case "divmod" -> divmod(p[0], p[1]);
            case "==" -> Abstract.richCompare(p[0], p[1], CompareOp.EQ);
            case "!=" -> Abstract.richCompare(p[0], p[1], CompareOp.NE);
            case "<" -> Abstract.richCompare(p[0], p[1], CompareOp.LT);
            case "<=" -> Abstract.richCompare(p[0], p[1], CompareOp.LE);
            case ">" -> Abstract.richCompare(p[0], p[1], CompareOp.GT);
            case ">=" -> Abstract.richCompare(p[0], p[1], CompareOp.GE);
            case "pow3" -> pow3(p[0], p[1], p[2]);
            case "neg" -> Abstract.unaryOp(p[0], Slot.__neg__, "-");
            case "pos" -> Abstract.unaryOp(p[0], Slot.__pos__, "+");
            case "abs" -> Abstract.unaryOp(p[0], Slot.__abs__, "abs()");
            case "invert" -> Abstract.unaryOp(p[0], Slot.__invert__, "~");
            case "hash" -> PyInt.of(Abstract.hash(p[0]));
            case "repr" -> Abstract.repr(p[0]);
            case "str" -> Abstract.str(p[0]);
            case "bool" -> PyBool.of(Abstract.isTrue(p[0]));
            case "format" -> Abstract.callMethod(p[0], "__format__", p[1]);
            case "call" -> call(p[0], java.util.Arrays.copyOfRange(p, 1, p.length), kwn, kwv);
            case "meth" -> call(Abstract.getAttr(p[0], name), java.util.Arrays.copyOfRange(p, 1, p.length), kwn, kwv);
            case "attr" -> Abstract.getAttr(p[0], name);
            default -> throw new IllegalArgumentException(op);
        };
        return show(r);
    }

    private static Object call(Object f, Object[] pos, List<String> kwn, List<Object> kwv) {
        Object[] all = new Object[pos.length + kwv.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        for (int i = 0; i < kwv.size(); i++) {
            all[pos.length + i] = kwv.get(i);
        }
        return Abstract.call(f, all, kwn.isEmpty() ? null : kwn.toArray(new String[0]));
    }

    /** {@code divmod(a, b)} with the reflected-operand rules of the binary operators. */
    static Object divmod(Object a, Object b) {
        PyType ta = Abstract.typeOf(a), tb = Abstract.typeOf(b);
        Fn.Binary f = ta.binary(Slot.__divmod__);
        Fn.Binary g = ta == tb ? null : tb.binary(Slot.__rdivmod__);
        if (g != null && tb.isSubtypeOf(ta)) {
            Object r = g.call(b, a);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
            g = null;
        }
        if (f != null) {
            Object r = f.call(a, b);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (g != null) {
            Object r = g.call(b, a);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
    }

    /** Three-argument {@code pow}, as the builtin calls the first operand's {@code __pow__}. */
    static Object pow3(Object a, Object b, Object m) {
        Object pow = Abstract.typeOf(a).lookup("__pow__");
        if (pow != null) {
            Object r = Abstract.callMethodValue(pow, a, b, m);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object rpow = Abstract.typeOf(b) == Abstract.typeOf(a) ? null : Abstract.typeOf(b).lookup("__rpow__");
        if (rpow != null) {
            Object r = Abstract.callMethodValue(rpow, b, a, m);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, m);
    }

    static String show(Object r) {
        if (r instanceof PyType t) {
            return "type " + t.name();
        }
        if (r instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("tuple (");
            for (int i = 0; i < t.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(show(t.get(i)));
            }
            return sb.append(')').toString();
        }
        return Abstract.typeOf(r).name() + " " + Abstract.repr(r);
    }
}
