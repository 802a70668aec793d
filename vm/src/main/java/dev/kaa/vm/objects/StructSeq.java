package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * A "struct sequence": a tuple whose items also have names ({@code sys.version_info},
 * {@code sys.flags}, {@code os.stat_result}, {@code time.struct_time}). Each kind is its own
 * type, a subclass of {@code tuple}, made with {@link #newType}; the first
 * {@code nSequenceFields} items are the tuple, the rest are reachable only by name.
 *
 * <p>Thread safety: immutable.
 */
public final class StructSeq extends PyTuple {
    /** The type shared by struct sequences as Java objects; each kind's Python type is its own. */
    public static final PyType BASE = PyType.builtin("structseq", StructSeq.class, MethodHandles.lookup(), 0, PyTuple.TYPE);

    private final PyType type;
    private final Object[] extra;

    private StructSeq(PyType type, Object[] visible, Object[] extra) {
        super(visible);
        this.type = type;
        this.extra = extra;
    }

    @Override public PyType type() {
        return type;
    }

    /** Describes one kind of struct sequence. */
    public record Kind(PyType type, String[] fields, int nSequenceFields) {
        /** A new instance with the given values (all fields, in order). */
        public StructSeq make(Object... values) {
            if (values.length != fields.length) {
                throw new InterpreterError(type.name() + " needs " + fields.length + " values");
            }
            Object[] visible = java.util.Arrays.copyOf(values, nSequenceFields);
            Object[] extra = java.util.Arrays.copyOfRange(values, nSequenceFields, values.length);
            return new StructSeq(type, visible, extra);
        }
    }

    /**
     * A new struct sequence type {@code module.name} with these field names, of which the first
     * {@code nSequenceFields} form the tuple.
     */
    public static Kind newType(String module, String name, String[] fields, int nSequenceFields) {
        PyType t = new PyType(PyType.TYPE, name, StructSeq.class, 0);
        t.bases = new PyType[] {PyTuple.TYPE};
        t.base = PyTuple.TYPE;
        t.mro = new PyType[] {t, PyTuple.TYPE, PyType.OBJECT};
        t.flags |= PyType.IMMUTABLE;
        t.builtinModule = module;
        Kind kind = new Kind(t, fields.clone(), nSequenceFields);
        t.dict.setItem(PyStr.intern("__module__"), PyStr.of(module));
        t.dict.setItem(PyStr.intern("n_fields"), PyInt.of(fields.length));
        t.dict.setItem(PyStr.intern("n_sequence_fields"), PyInt.of(nSequenceFields));
        t.dict.setItem(PyStr.intern("n_unnamed_fields"), PyInt.of(0));
        Object[] matchArgs = new Object[nSequenceFields];
        for (int i = 0; i < fields.length; i++) {
            if (i < nSequenceFields) {
                matchArgs[i] = PyStr.intern(fields[i]);
            }
            t.dict.setItem(PyStr.intern(fields[i]), new FieldDescr(fields[i], i, nSequenceFields));
        }
        t.dict.setItem(PyStr.intern("__match_args__"), PyTuple.of(matchArgs));
        // Methods receive the instance as their first argument, as a method descriptor's do.
        t.dict.setItem(PyStr.intern("__repr__"), new MethodWrapper(
                PyBuiltinFunction.of("__repr__", (self, a, k) -> repr(kind, a[0]))));
        t.dict.setItem(PyStr.intern("__reduce__"), new MethodWrapper(PyBuiltinFunction.of("__reduce__", (self, a, k) -> {
            StructSeq s = (StructSeq) a[0];
            return PyTuple.of(kind.type, PyTuple.of(PyTuple.of(s.items.clone())));
        })));
        t.dict.setItem(PyStr.intern("__new__"), new PyStaticMethod(PyBuiltinFunction.of("__new__",
                (self, a, k) -> construct(kind, a))));
        t.ready = true;
        PyTuple.TYPE.addSubclass(t);
        SlotTable.fill(t);
        return kind;
    }

    private static Object construct(Kind kind, Object[] args) {
        if (args.length < 2) {
            throw PyErr.typeError("%s() missing required argument 'sequence' (pos 1)", kind.type.name());
        }
        Object[] values = PyTuple.fromIterable(args[1]).items();
        int n = kind.fields.length, min = kind.nSequenceFields;
        if (values.length < min) {
            throw PyErr.typeError("%s.%s() takes an at least %d-sequence (%d-sequence given)",
                    kind.type.moduleName(), kind.type.name(), min, values.length);
        }
        if (values.length > n) {
            throw PyErr.typeError("%s.%s() takes an at most %d-sequence (%d-sequence given)",
                    kind.type.moduleName(), kind.type.name(), n, values.length);
        }
        Object[] all = java.util.Arrays.copyOf(values, n);
        for (int i = values.length; i < n; i++) {
            all[i] = PyNone.NONE;
        }
        return kind.make(all);
    }

    private static Object repr(Kind kind, Object self) {
        StructSeq s = (StructSeq) self;
        StringBuilder sb = new StringBuilder();
        String module = kind.type.moduleName();
        sb.append(module.equals("builtins") ? "" : module + ".").append(kind.type.name()).append('(');
        for (int i = 0; i < kind.nSequenceFields; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(kind.fields[i]).append('=').append(Abstract.repr(s.items[i]).value);
        }
        return PyStr.of(sb.append(')').toString());
    }

    /** A field's descriptor: by index into the tuple or into the extra values. */
    static final class FieldDescr extends PyObject {
        static final PyType TYPE = PyType.builtin("member_descriptor", FieldDescr.class, MethodHandles.lookup(), 0);
        private final String name;
        private final int index, visible;

        FieldDescr(String name, int index, int visible) {
            this.name = name;
            this.index = index;
            this.visible = visible;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __get__(Object obj, @Opt Object type) {
            if (obj == null) {
                return this;
            }
            StructSeq s = (StructSeq) obj;
            return index < visible ? s.items[index] : s.extra[index - visible];
        }

        @PyMethod
        void __set__(Object obj, Object value) {
            throw PyErr.attributeError("readonly attribute");
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("<member '" + name + "' of structseq objects>");
        }
    }

    /** Makes a function found on the type bind like a method (its first argument is the instance). */
    static final class MethodWrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("method_descriptor", MethodWrapper.class, MethodHandles.lookup(),
                PyType.METHOD_DESCRIPTOR);
        private final Object function;

        MethodWrapper(Object function) {
            this.function = function;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __get__(Object obj, @Opt Object type) {
            return obj == null ? this : new PyBoundMethod(function, obj);
        }

        @PyMethod
        Object __call__(Object[] args, String[] kwnames) {
            return Abstract.call(function, args, kwnames);
        }
    }
}
