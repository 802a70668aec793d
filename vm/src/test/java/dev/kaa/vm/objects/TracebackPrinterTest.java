package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds, from Java, the uncaught exception of each program in {@code resources/traceback}
 * (as CPython 3.13 described it, see the README there), with fake frames over the real source
 * files copied to a temporary directory, and compares {@link TracebackPrinter}'s text with what
 * CPython's excepthook printed.
 */
class TracebackPrinterTest {
    static final String[] CASES = {
        "attrerror", "binop", "call", "calls_nested", "chain", "context", "deepgroup", "emptymsg", "group",
        "groupchain", "indented", "keyerror", "lambda_err", "multiline", "nameerror", "nameerror2", "nameerror3",
        "notes", "oserror", "recursion", "strfails", "subscript", "suppressed", "syntax", "syntax2", "usermodule",
        "wholeline", "wide", "widegroup", "multicall", "longexpr", "tabs", "nonascii", "operators",
        "subscript_spaced", "gone", "notes_odd", "cycle", "nestedgroups", "syntax_custom", "comment", "methodcall",
        "genexpr", "attr_self", "carets",
    };

    @TempDir
    static Path dir;

    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
    }

    @TestFactory
    Stream<DynamicTest> cases() {
        return Stream.of(CASES).map(name -> dynamicTest(name, () -> {
            Files.writeString(dir.resolve(name + ".py"), resource(name + ".py"));
            Case c = new Case(resource(name + ".expected"), dir);
            assertEquals(c.expected, new TracebackPrinter().format(c.top));
            assertEquals(c.expectedColour, new TracebackPrinter().colorize(true).format(c.top), "coloured");
        }));
    }

    /** {@code sys.tracebacklimit}: CPython keeps {@code frames[len - limit:]}, negative index and all. */
    @org.junit.jupiter.api.Test
    void limit() throws IOException {
        Files.writeString(dir.resolve("binop.py"), resource("binop.py"));
        Case c = new Case(resource("binop.expected"), dir);
        String[] lines = c.expected.split("\n", -1);
        // frames: <module> (3 lines), main (3), divide (3), then the message
        String lastTwo = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, 1)) + "\n"
                + String.join("\n", java.util.Arrays.copyOfRange(lines, 4, lines.length));
        assertEquals(lastTwo, new TracebackPrinter().limit(5).format(c.top));
        assertEquals("ZeroDivisionError: division by zero\n", new TracebackPrinter().limit(0).format(c.top));
        assertEquals(c.expected, new TracebackPrinter().limit(3).format(c.top));
    }

    /** {@code traceback.format_exception_only} of SyntaxErrors with odd offsets (syntaxerrors.py made the file). */
    @TestFactory
    Stream<DynamicTest> syntaxErrorLines() {
        return resource("syntaxerrors.jsonl").lines().map(line -> dynamicTest(line, () -> {
            List<Object> r = Json.array(line);
            int n = ((Long) r.get(1)).intValue();
            Object[] info = r.subList(2, 2 + n).stream().map(Case::py).toArray();
            PyBaseException e = PyBaseException.create(Exceptions.SyntaxError, Case.py(r.get(0)), PyTuple.of(info));
            assertEquals(r.get(2 + n), new TracebackPrinter().formatExceptionOnly(e));
        }));
    }

    /** Frame entries whose positions do not fit the source (oddpositions.py made the answers). */
    @TestFactory
    Stream<DynamicTest> oddPositions() throws IOException {
        Path src = dir.resolve("oddsrc.py");
        Files.writeString(src, resource("oddpositions_src.txt"));
        return resource("oddpositions.jsonl").lines().map(line -> dynamicTest(line, () -> {
            List<Object> r = Json.array(line);
            int[] pos = new int[4];
            for (int k = 0; k < 4; k++) {
                pos[k] = ((Long) r.get(k)).intValue();
            }
            PyTraceback tb = new PyTraceback(null, new FakeFrame(src.toString(), "f", pos), 0, pos[0]);
            String expected = ((String) r.get(4)).replace("@DIR@/oddpositions_src.txt", src.toString());
            assertEquals(expected, TracebackStack.of(tb, null, new TracebackSource()).format());
        }));
    }

    static String resource(String name) {
        try (InputStream in = TracebackPrinterTest.class.getResourceAsStream("/traceback/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A frame that knows its file, name and the position of the one instruction that raised. */
    static final class FakeFrame extends PyObject implements TracebackFrame {
        final String filename, name;
        final int[] positions;
        final Map<Namespace, PyDict> namespaces = new HashMap<>();

        FakeFrame(String filename, String name, int[] positions) {
            this.filename = filename;
            this.name = name;
            this.positions = positions;
        }

        @Override public PyType type() {
            return PyType.OBJECT;
        }

        @Override public String filename() {
            return filename;
        }

        @Override public String name() {
            return name;
        }

        @Override public int[] positions(int lasti) {
            return positions;
        }

        @Override public Object suggestionNamespace(Namespace which) {
            return namespaces.get(which);
        }
    }

    /** One case: its records, the exceptions rebuilt from them, and the expected text. */
    static final class Case {
        final Map<Integer, List<List<Object>>> byId = new LinkedHashMap<>();
        final Map<Integer, PyBaseException> made = new HashMap<>();
        final Path dir;
        String expected, expectedColour;
        PyBaseException top;

        Case(String text, Path dir) {
            this.dir = dir;
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                List<Object> r = Json.array(line);
                if (r.get(0).equals("expected")) {
                    expected = ((String) r.get(1)).replace("@DIR@", dir.toString());
                } else if (r.get(0).equals("expected_colour")) {
                    expectedColour = ((String) r.get(1)).replace("@DIR@", dir.toString());
                } else {
                    byId.computeIfAbsent(((Long) r.get(1)).intValue(), k -> new ArrayList<>()).add(r);
                }
            }
            for (int id : byId.keySet()) {
                make(id);
            }
            for (int id : byId.keySet()) {
                link(id);
            }
            top = made.get(0);
        }

        private List<Object> first(int id, String kind) {
            for (List<Object> r : byId.get(id)) {
                if (r.get(0).equals(kind)) {
                    return r;
                }
            }
            return null;
        }

        private static Object py(Object v) {
            if (v == null) {
                return PyNone.NONE;
            }
            return v instanceof Long l ? PyInt.of(l) : PyStr.of((String) v);
        }

        private PyType type(List<Object> exc) {
            String name = (String) exc.get(2), base = (String) exc.get(3), module = (String) exc.get(4);
            PyType builtin = null;
            for (PyType t : Exceptions.all()) {
                if (t.name().equals(module.equals("builtins") ? name : base)) {
                    builtin = t;
                }
            }
            if (module.equals("builtins")) {
                return builtin;
            }
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of(module));
            ns.setItem(PyStr.of("__qualname__"), PyStr.of((String) exc.get(5)));
            if (first(((Long) exc.get(1)).intValue(), "strfails") != null) {
                // A __str__ that is not callable: str() fails, as the program's raising __str__ does.
                ns.setItem(PyStr.of("__str__"), PyInt.of(5));
            }
            return HeapTypes.create(PyType.TYPE, name, PyTuple.of(builtin), ns, new PyDict());
        }

        private PyBaseException make(int id) {
            PyBaseException e = made.get(id);
            if (e != null) {
                return e;
            }
            PyType t = type(first(id, "exc"));
            List<Object> syntax = first(id, "syntax");
            List<Object> group = first(id, "group");
            if (syntax != null) {
                e = PyBaseException.create(t, py(syntax.get(2)), PyTuple.of(py(syntax.get(3)), py(syntax.get(4)),
                        py(syntax.get(5)), py(syntax.get(6)), py(syntax.get(7)), py(syntax.get(8))));
            } else if (group != null) {
                List<Object> members = new ArrayList<>();
                for (Object m : group.subList(3, group.size())) {
                    members.add(make(((Long) m).intValue()));
                }
                e = (PyBaseException) Abstract.call(t, py(group.get(2)), new PyList(members.toArray()));
            } else {
                List<Object> args = new ArrayList<>();
                for (List<Object> r : byId.get(id)) {
                    if (r.get(0).equals("arg")) {
                        args.add(py(r.get(2)));
                    }
                }
                e = PyBaseException.create(t, args.toArray());
            }
            made.put(id, e);
            return e;
        }

        private void link(int id) {
            PyBaseException e = made.get(id);
            List<FakeFrame> frames = new ArrayList<>();
            List<Integer> linenos = new ArrayList<>();
            Object obj = null;
            for (List<Object> r : byId.get(id)) {
                switch ((String) r.get(0)) {
                    case "notes" -> {
                        Object[] items = r.subList(3, r.size()).stream().map(Case::py).toArray();
                        Object notes = switch ((String) r.get(2)) {
                            case "list" -> new PyList(items);
                            case "tuple" -> PyTuple.of(items);
                            default -> items[0];
                        };
                        Abstract.setAttr(e, PyStr.of("__notes__"), notes);
                    }
                    case "cause" -> e.setCause(made.get(((Long) r.get(2)).intValue()));
                    case "context" -> e.setContext(made.get(((Long) r.get(2)).intValue()));
                    case "suppress" -> e.setSuppressContext((Long) r.get(2) != 0);
                    case "attrname" -> {
                        PyStr name = (PyStr) py(r.get(2));
                        if (e instanceof ExcAttributeError) {
                            obj = objectWith(first(id, "objdir"));
                            e.setAttributeErrorContext(name, obj);
                        } else {
                            e.setNameErrorName(name);
                        }
                    }
                    case "tb" -> {
                        String file = (String) r.get(2);
                        String path = file.startsWith("<") ? file : dir.resolve(file).toString();
                        int[] pos = new int[4];
                        for (int k = 0; k < 4; k++) {
                            pos[k] = ((Long) r.get(5 + k)).intValue();
                        }
                        frames.add(new FakeFrame(path, (String) r.get(3), pos));
                        linenos.add(((Long) r.get(4)).intValue());
                    }
                    case "ns" -> {
                        PyDict d = new PyDict();
                        for (Object n : r.subList(3, r.size())) {
                            d.setItem(PyStr.of((String) n), PyNone.NONE);
                        }
                        frames.get(frames.size() - 1).namespaces.put(
                                TracebackFrame.Namespace.valueOf((String) r.get(2)), d);
                    }
                    case "selfisobj" -> {
                        PyDict locals = new PyDict();
                        locals.setItem(PyStr.of("self"), obj);
                        frames.get(frames.size() - 1).namespaces.put(TracebackFrame.Namespace.LOCALS, locals);
                    }
                    default -> { }
                }
            }
            PyTraceback tb = null;
            for (int k = frames.size() - 1; k >= 0; k--) {
                tb = new PyTraceback(tb, frames.get(k), 0, linenos.get(k));
            }
            e.setTraceback(tb);
        }

        /** An object whose attributes are the names listed (what dir() showed). */
        private static Object objectWith(List<Object> objdir) {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
            for (Object n : objdir.subList(2, objdir.size())) {
                String name = (String) n;
                if (!(name.startsWith("__") && name.endsWith("__"))) {
                    ns.setItem(PyStr.of(name), PyNone.NONE);
                }
            }
            PyType t = HeapTypes.create(PyType.TYPE, "Obj", PyTuple.EMPTY, ns, new PyDict());
            return Abstract.call(t);
        }
    }

    /** Reads the flat JSON arrays of the case files: strings, integers, null. */
    static final class Json {
        static List<Object> array(String s) {
            List<Object> out = new ArrayList<>();
            int i = s.indexOf('[') + 1;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ']') {
                    break;
                } else if (c == ',' || c == ' ') {
                    i++;
                } else if (c == '"') {
                    StringBuilder sb = new StringBuilder();
                    i++;
                    while (s.charAt(i) != '"') {
                        char d = s.charAt(i++);
                        if (d != '\\') {
                            sb.append(d);
                            continue;
                        }
                        char e = s.charAt(i++);
                        switch (e) {
                            case 'n' -> sb.append('\n');
                            case 't' -> sb.append('\t');
                            case 'r' -> sb.append('\r');
                            case 'b' -> sb.append('\b');
                            case 'f' -> sb.append('\f');
                            case 'u' -> {
                                sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                                i += 4;
                            }
                            default -> sb.append(e);
                        }
                    }
                    i++;
                    out.add(sb.toString());
                } else if (s.startsWith("null", i)) {
                    out.add(null);
                    i += 4;
                } else {
                    int j = i;
                    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '-')) {
                        j++;
                    }
                    out.add(Long.parseLong(s.substring(i, j)));
                    i = j;
                }
            }
            return out;
        }
    }
}
