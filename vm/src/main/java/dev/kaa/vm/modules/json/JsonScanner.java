package dev.kaa.vm.modules.json;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.HashMap;

/**
 * {@code _json.Scanner} ({@code make_scanner(context)}): {@code scan_once(string, idx)} reads one
 * JSON value at {@code idx} and returns {@code (value, end)}, or raises {@code StopIteration(idx)}
 * where no value starts, which {@code json.decoder} turns into "Expecting value". The context's
 * hooks and parse functions are read once, when the scanner is made, as in
 * {@code json.scanner.py_make_scanner}.
 *
 * <p>Thread safety: immutable; each call keeps its state on the Java stack.
 */
public final class JsonScanner extends PyObject {
    public static final PyType TYPE = PyType.builtin("_json.Scanner", JsonScanner.class, MethodHandles.lookup(), 0)
            .withDoc("Scanner(context): scans JSON values with the settings of a json.JSONDecoder.");

    private final boolean strict;
    private final Object objectHook;
    private final Object pairsHook;
    private final Object parseFloat;
    private final Object parseInt;
    private final Object parseConstant;

    private JsonScanner(Object context) {
        strict = Abstract.isTrue(Abstract.getAttr(context, "strict"));
        objectHook = Abstract.getAttr(context, "object_hook");
        pairsHook = Abstract.getAttr(context, "object_pairs_hook");
        parseFloat = Abstract.getAttr(context, "parse_float");
        parseInt = Abstract.getAttr(context, "parse_int");
        parseConstant = Abstract.getAttr(context, "parse_constant");
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new JsonScanner(JsonModule.bind("make_scanner", new String[] {"context"}, args, kwnames)[0]);
    }

    @PyMethod(positionalOnly = 0)
    Object __call__(Object string, long idx) {
        PyStr doc = JsonStrings.requireStr(string);
        if (idx < 0) {
            throw PyErr.valueError("idx cannot be negative");
        }
        int[] cp = doc.codePoints();
        if (idx >= cp.length) {
            throw PyErr.stopIteration(PyInt.of(idx));
        }
        Scan scan = new Scan(doc, cp);
        Object value;
        try {
            value = scan.value((int) idx);
        } catch (StackOverflowError e) {
            throw PyErr.recursionError("maximum recursion depth exceeded while decoding a JSON document");
        }
        return PyTuple.of(value, PyInt.of(scan.next));
    }

    @PyGetter(member = true)
    Object strict() {
        return PyBool.of(strict);
    }

    @PyGetter(member = true)
    Object object_hook() {
        return objectHook;
    }

    @PyGetter(member = true)
    Object object_pairs_hook() {
        return pairsHook;
    }

    @PyGetter(member = true)
    Object parse_float() {
        return parseFloat;
    }

    @PyGetter(member = true)
    Object parse_int() {
        return parseInt;
    }

    @PyGetter(member = true)
    Object parse_constant() {
        return parseConstant;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** One call's state: the document, the index after the last value read, the key memo. */
    private final class Scan {
        final PyStr doc;
        final int[] cp;
        final int len;
        /** The index after the value just read. */
        int next;
        /** Keys read so far, so that equal keys share one string object (the {@code memo}). */
        final HashMap<String, PyStr> memo = new HashMap<>();
        final int[] strEnd = new int[1];
        final int depthLimit;
        int depth;

        Scan(PyStr doc, int[] cp) {
            this.doc = doc;
            this.cp = cp;
            this.len = cp.length;
            ThreadState ts = ThreadState.current();
            this.depthLimit = Math.max(1, ts.runtime.recursionLimit - ts.depth());
        }

        private boolean at(int i, String word) {
            if (i + word.length() > len) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if (cp[i + k] != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private int skip(int i) {
            while (i < len && isWhitespace(cp[i])) {
                i++;
            }
            return i;
        }

        Object value(int idx) {
            if (idx >= len) {
                throw PyErr.stopIteration(PyInt.of(idx));
            }
            switch (cp[idx]) {
                case '"' -> {
                    String s = JsonStrings.scan(doc, cp, idx + 1, strict, strEnd);
                    next = strEnd[0];
                    return PyStr.of(s);
                }
                case '{' -> {
                    enter(" while decoding a JSON object from a unicode string");
                    try {
                        return object(idx + 1);
                    } finally {
                        depth--;
                    }
                }
                case '[' -> {
                    enter(" while decoding a JSON array from a unicode string");
                    try {
                        return array(idx + 1);
                    } finally {
                        depth--;
                    }
                }
                case 'n' -> {
                    if (at(idx, "null")) {
                        next = idx + 4;
                        return PyNone.NONE;
                    }
                }
                case 't' -> {
                    if (at(idx, "true")) {
                        next = idx + 4;
                        return PyBool.TRUE;
                    }
                }
                case 'f' -> {
                    if (at(idx, "false")) {
                        next = idx + 5;
                        return PyBool.FALSE;
                    }
                }
                case 'N' -> {
                    if (at(idx, "NaN")) {
                        return constant("NaN", idx);
                    }
                }
                case 'I' -> {
                    if (at(idx, "Infinity")) {
                        return constant("Infinity", idx);
                    }
                }
                case '-' -> {
                    if (at(idx, "-Infinity")) {
                        return constant("-Infinity", idx);
                    }
                }
                default -> {
                }
            }
            return number(idx);
        }

        private void enter(String where) {
            if (++depth > depthLimit) {
                depth--;
                throw PyErr.recursionError("maximum recursion depth exceeded%s", where);
            }
        }

        private Object constant(String name, int idx) {
            next = idx + name.length();
            return Abstract.call(parseConstant, PyStr.of(name));
        }

        private Object number(int start) {
            int i = start;
            if (cp[i] == '-') {
                i++;
                if (i >= len) {
                    throw PyErr.stopIteration(PyInt.of(start));
                }
            }
            if (cp[i] >= '1' && cp[i] <= '9') {
                i++;
                while (i < len && isDigit(cp[i])) {
                    i++;
                }
            } else if (cp[i] == '0') {
                i++;
            } else {
                throw PyErr.stopIteration(PyInt.of(start));
            }
            boolean isFloat = false;
            if (i + 1 < len && cp[i] == '.' && isDigit(cp[i + 1])) {
                isFloat = true;
                i += 2;
                while (i < len && isDigit(cp[i])) {
                    i++;
                }
            }
            if (i + 1 < len && (cp[i] == 'e' || cp[i] == 'E')) {
                int eStart = i;
                i++;
                if (i + 1 < len && (cp[i] == '-' || cp[i] == '+')) {
                    i++;
                }
                while (i < len && isDigit(cp[i])) {
                    i++;
                }
                if (isDigit(cp[i - 1])) {
                    isFloat = true;
                } else {
                    i = eStart;
                }
            }
            // Every character read is ASCII, so the code points are the chars of the text.
            String text = new String(cp, start, i - start);
            next = i;
            if (isFloat) {
                if (parseFloat != PyFloat.TYPE) {
                    return Abstract.call(parseFloat, PyStr.of(text));
                }
                return new PyFloat(Double.parseDouble(text));
            }
            if (parseInt != PyInt.TYPE) {
                return Abstract.call(parseInt, PyStr.of(text));
            }
            if (text.length() <= 18) {
                return PyInt.of(Long.parseLong(text));
            }
            // int(text) applies the limit on digits (sys.set_int_max_str_digits).
            return Abstract.call(PyInt.TYPE, PyStr.of(text));
        }

        private PyStr key(int idx) {
            String s = JsonStrings.scan(doc, cp, idx, strict, strEnd);
            PyStr k = memo.get(s);
            if (k == null) {
                k = PyStr.of(s);
                memo.put(s, k);
            }
            return k;
        }

        private Object object(int idx) {
            boolean pairs = pairsHook != PyNone.NONE;
            PyList items = pairs ? new PyList() : null;
            PyDict dict = pairs ? null : new PyDict();
            idx = skip(idx);
            if (idx >= len || cp[idx] != '}') {
                while (true) {
                    if (idx >= len || cp[idx] != '"') {
                        throw JsonStrings.error("Expecting property name enclosed in double quotes", doc, idx);
                    }
                    PyStr key = key(idx + 1);
                    idx = skip(strEnd[0]);
                    if (idx >= len || cp[idx] != ':') {
                        throw JsonStrings.error("Expecting ':' delimiter", doc, idx);
                    }
                    idx = skip(idx + 1);
                    Object val = value(idx);
                    if (pairs) {
                        items.append(PyTuple.of(key, val));
                    } else {
                        dict.setItem(key, val);
                    }
                    idx = skip(next);
                    if (idx < len && cp[idx] == '}') {
                        break;
                    }
                    if (idx >= len || cp[idx] != ',') {
                        throw JsonStrings.error("Expecting ',' delimiter", doc, idx);
                    }
                    int comma = idx;
                    idx = skip(idx + 1);
                    if (idx < len && cp[idx] == '}') {
                        throw JsonStrings.error("Illegal trailing comma before end of object", doc, comma);
                    }
                }
            }
            next = idx + 1;
            if (pairs) {
                return Abstract.call(pairsHook, items);
            }
            if (objectHook != PyNone.NONE) {
                return Abstract.call(objectHook, dict);
            }
            return dict;
        }

        private Object array(int idx) {
            PyList list = new PyList();
            idx = skip(idx);
            if (idx >= len || cp[idx] != ']') {
                while (true) {
                    list.append(value(idx));
                    idx = skip(next);
                    if (idx < len && cp[idx] == ']') {
                        break;
                    }
                    if (idx >= len || cp[idx] != ',') {
                        throw JsonStrings.error("Expecting ',' delimiter", doc, idx);
                    }
                    int comma = idx;
                    idx = skip(idx + 1);
                    if (idx < len && cp[idx] == ']') {
                        throw JsonStrings.error("Illegal trailing comma before end of array", doc, comma);
                    }
                }
            }
            next = idx + 1;
            return list;
        }
    }
}
