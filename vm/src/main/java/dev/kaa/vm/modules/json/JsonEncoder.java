package dev.kaa.vm.modules.json;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBuiltinFunction;
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
import java.util.IdentityHashMap;

/**
 * {@code _json.Encoder} ({@code make_encoder(markers, default, encoder, indent, key_separator,
 * item_separator, sort_keys, skipkeys, allow_nan)}): called as {@code (obj, _current_indent_level)},
 * it writes {@code obj} as JSON and returns the text as a one-item tuple, the chunks
 * {@code json.encoder.JSONEncoder.encode} joins. It follows {@code json.encoder._make_iterencode}:
 * lists and tuples are arrays, dicts objects (keys coerced from int, float, bool and None),
 * int and float subclasses are written with {@code int.__repr__} and {@code float.__repr__},
 * anything else goes through {@code default}; {@code markers} (a dict, or None to skip the check)
 * holds the {@code id} of each container being written, to report cycles.
 *
 * <p>Thread safety: immutable; each call keeps its state on the Java stack.
 */
public final class JsonEncoder extends PyObject {
    public static final PyType TYPE = PyType.builtin("_json.Encoder", JsonEncoder.class, MethodHandles.lookup(), 0)
            .withDoc("Writes Python values as JSON text, called by json.JSONEncoder with its settings\n"
            + "(markers, default, encoder, indent, separators, sort_keys, skipkeys, allow_nan).");

    private final Object markers;
    private final Object defaultFn;
    private final Object encoder;
    private final Object indent;
    private final PyStr keySeparator;
    private final PyStr itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;
    /** 0: call {@code encoder}; 1: it is {@code encode_basestring_ascii}; 2: {@code encode_basestring}. */
    private final int fastEncode;

    private JsonEncoder(Object[] a) {
        markers = a[0];
        defaultFn = a[1];
        encoder = a[2];
        indent = a[3];
        keySeparator = (PyStr) a[4];
        itemSeparator = (PyStr) a[5];
        sortKeys = Abstract.isTrue(a[6]);
        skipKeys = Abstract.isTrue(a[7]);
        allowNan = Abstract.isTrue(a[8]);
        int fast = 0;
        if (encoder instanceof PyBuiltinFunction f) {
            if (f.name().equals("encode_basestring_ascii")) {
                fast = 1;
            } else if (f.name().equals("encode_basestring")) {
                fast = 2;
            }
        }
        fastEncode = fast;
    }

    @Override public PyType type() {
        return TYPE;
    }

    private static final String[] PARAMS = {"markers", "default", "encoder", "indent", "key_separator",
        "item_separator", "sort_keys", "skipkeys", "allow_nan"};

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        Object[] a = JsonModule.bind("make_encoder", PARAMS, args, kwnames);
        if (a[0] != PyNone.NONE && !(a[0] instanceof PyDict)) {
            throw PyErr.typeError("make_encoder() argument 1 must be dict or None, not %.200s",
                    Abstract.typeOf(a[0]).name());
        }
        for (int i = 4; i <= 5; i++) {
            if (!(a[i] instanceof PyStr)) {
                throw PyErr.typeError("make_encoder() argument %d must be str, not %.50s", i + 1,
                        Abstract.typeOf(a[i]).name());
            }
        }
        return new JsonEncoder(a);
    }

    private static final String[] CALL_PARAMS = {"obj", "_current_indent_level"};

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        Object[] a = JsonModule.bind("_iterencode", CALL_PARAMS, args, kwnames);
        long level = Abstract.asLong(a[1]);
        StringBuilder out = new StringBuilder();
        ThreadState ts = ThreadState.current();
        Write w = new Write(out, Math.max(1, ts.runtime.recursionLimit - ts.depth()),
                markers instanceof PyDict m && m.size() == 0 ? new IdentityHashMap<>() : null);
        try {
            w.obj(a[0], level);
        } catch (StackOverflowError e) {
            throw PyErr.recursionError("maximum recursion depth exceeded while encoding a JSON object");
        }
        return PyTuple.of(PyStr.of(out.toString()));
    }

    @PyGetter(member = true)
    Object markers() {
        return markers;
    }

    @PyGetter(value = "default", member = true)
    Object defaultFn() {
        return defaultFn;
    }

    @PyGetter(member = true)
    Object encoder() {
        return encoder;
    }

    @PyGetter(member = true)
    Object indent() {
        return indent;
    }

    @PyGetter(member = true)
    Object key_separator() {
        return keySeparator;
    }

    @PyGetter(member = true)
    Object item_separator() {
        return itemSeparator;
    }

    @PyGetter(member = true)
    Object sort_keys() {
        return PyBool.of(sortKeys);
    }

    @PyGetter(member = true)
    Object skipkeys() {
        return PyBool.of(skipKeys);
    }

    /** One call's output and recursion depth. */
    private final class Write {
        final StringBuilder out;
        final int depthLimit;
        int depth;
        /**
         * The containers being written, when {@code markers} was empty at the start: the same
         * check as ids in {@code markers} without giving every container an {@code id} (Kaa's
         * ids are a weak map, costly per object). {@code json.encoder} makes a fresh empty dict
         * for each call that nothing else sees; a dict with entries is used as CPython does.
         */
        final IdentityHashMap<Object, Boolean> active;

        Write(StringBuilder out, int depthLimit, IdentityHashMap<Object, Boolean> active) {
            this.out = out;
            this.depthLimit = depthLimit;
            this.active = active;
        }

        void obj(Object o, long level) {
            if (o == PyNone.NONE) {
                out.append("null");
            } else if (o == PyBool.TRUE) {
                out.append("true");
            } else if (o == PyBool.FALSE) {
                out.append("false");
            } else if (o instanceof PyStr s) {
                string(s);
            } else if (o instanceof PyInt i) {
                out.append(i.toString());
            } else if (o instanceof PyFloat f) {
                out.append(floatText(f));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                enter();
                try {
                    list(o, level);
                } finally {
                    depth--;
                }
            } else if (o instanceof PyDict d) {
                enter();
                try {
                    dict(d, level);
                } finally {
                    depth--;
                }
            } else {
                Object ident = mark(o);
                Object replaced = Abstract.call(defaultFn, o);
                enter();
                try {
                    obj(replaced, level);
                } finally {
                    depth--;
                }
                unmark(ident);
            }
        }

        private void enter() {
            if (++depth > depthLimit) {
                depth--;
                throw PyErr.recursionError("maximum recursion depth exceeded while encoding a JSON object");
            }
        }

        private Object mark(Object o) {
            if (markers == PyNone.NONE) {
                return null;
            }
            if (active != null) {
                if (active.putIfAbsent(o, Boolean.TRUE) != null) {
                    throw PyErr.valueError("Circular reference detected");
                }
                return o;
            }
            PyDict m = (PyDict) markers;
            PyInt ident = PyInt.of(Abstract.id(o));
            if (m.getItem(ident) != null) {
                throw PyErr.valueError("Circular reference detected");
            }
            m.setItem(ident, o);
            return ident;
        }

        private void unmark(Object ident) {
            if (active != null) {
                active.remove(ident);
            } else if (ident != null) {
                ((PyDict) markers).delItem(ident);
            }
        }

        private void string(PyStr s) {
            switch (fastEncode) {
                case 1 -> JsonStrings.quoteInto(out, s.value(), true);
                case 2 -> JsonStrings.quoteInto(out, s.value(), false);
                default -> {
                    Object r = Abstract.call(encoder, s);
                    if (!(r instanceof PyStr rs)) {
                        throw PyErr.typeError("encoder() must return a string, not %.80s", Abstract.typeOf(r).name());
                    }
                    out.append(rs.value());
                }
            }
        }

        private String floatText(PyFloat f) {
            double v = f.doubleValue();
            if (!Double.isFinite(v)) {
                if (!allowNan) {
                    throw PyErr.valueError("Out of range float values are not JSON compliant: %s",
                            Abstract.repr(f).value());
                }
                return v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN";
            }
            // float.__repr__ even for a subclass with its own __repr__, as CPython writes it.
            return new PyFloat(v).toString();
        }

        /** {@code '\n' + indent * level}, computed in Python terms (indent is any object). */
        private String newline(long level) {
            Object times = Abstract.binaryOp(indent, PyInt.of(level), BinaryOp.MULTIPLY);
            return Abstract.str(Abstract.binaryOp(PyStr.of("\n"), times, BinaryOp.ADD)).value();
        }

        private void list(Object seq, long level) {
            // A list is read live, as CPython's PySequence_Fast does: a default hook that
            // shortens it shortens what is written (test_json's test_encode_mutated).
            PyList list = seq instanceof PyList l ? l : null;
            Object[] items = list == null ? ((PyTuple) seq).items() : null;
            int size = list == null ? items.length : list.size();
            if (size == 0) {
                out.append("[]");
                return;
            }
            Object ident = mark(seq);
            out.append('[');
            String separator = itemSeparator.value();
            if (indent != PyNone.NONE) {
                level++;
                String nl = newline(level);
                separator = separator + nl;
                out.append(nl);
            }
            for (int i = 0; i < (list == null ? items.length : list.size()); i++) {
                if (i > 0) {
                    out.append(separator);
                }
                obj(list == null ? items[i] : list.get(i), level);
            }
            unmark(ident);
            if (indent != PyNone.NONE) {
                out.append(newline(level - 1));
            }
            out.append(']');
        }

        private void dict(PyDict d, long level) {
            if (d.size() == 0) {
                out.append("{}");
                return;
            }
            Object ident = mark(d);
            out.append('{');
            String separator = itemSeparator.value();
            if (indent != PyNone.NONE) {
                level++;
                String nl = newline(level);
                separator = separator + nl;
                out.append(nl);
            }
            boolean first = true;
            if (sortKeys || d.getClass() != PyDict.class) {
                PyList items = new PyList();
                Abstract.forEach(Abstract.callMethod(d, "items"), items::append);
                if (sortKeys) {
                    items.sort(PyNone.NONE, false);
                }
                for (Object item : items.toArray()) {
                    if (!(item instanceof PyTuple t) || t.size() != 2) {
                        throw PyErr.valueError("items must return 2-tuples");
                    }
                    first = member(t.get(0), t.get(1), first, separator, level);
                }
            } else {
                // By entry position, as PyDict_Next walks it: a hook that changes the dict
                // changes what is written, never raises.
                for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                    first = member(d.keyAt(e), d.valueAt(e), first, separator, level);
                }
            }
            unmark(ident);
            if (indent != PyNone.NONE) {
                out.append(newline(level - 1));
            }
            out.append('}');
        }

        /** Writes one key and value; false once something has been written. */
        private boolean member(Object key, Object value, boolean first, String separator, long level) {
            PyStr text;
            if (key instanceof PyStr s) {
                text = s;
            } else if (key instanceof PyFloat f) {
                text = PyStr.of(floatText(f));
            } else if (key == PyBool.TRUE) {
                text = PyStr.of("true");
            } else if (key == PyBool.FALSE) {
                text = PyStr.of("false");
            } else if (key == PyNone.NONE) {
                text = PyStr.of("null");
            } else if (key instanceof PyInt i) {
                text = PyStr.of(i.toString());
            } else if (skipKeys) {
                return first;
            } else {
                throw PyErr.typeError("keys must be str, int, float, bool or None, not %.100s",
                        Abstract.typeOf(key).name());
            }
            if (!first) {
                out.append(separator);
            }
            string(text);
            out.append(keySeparator.value());
            obj(value, level);
            return false;
        }
    }
}
