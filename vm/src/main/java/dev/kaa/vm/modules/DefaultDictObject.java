package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySetter;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code collections.defaultdict(default_factory=None, /, [...])}: a dict whose
 * {@code __missing__} stores and returns {@code default_factory()}. It is a Java subclass of
 * {@link PyDict}, so every dict operation applies to it unchanged; one Java class serves the
 * built-in type and its Python subclasses.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class DefaultDictObject extends PyDict implements Instance {
    public static final PyType TYPE = PyType.builtin("collections.defaultdict", DefaultDictObject.class,
            MethodHandles.lookup(), PyType.BASETYPE | PyType.MAPPING | PyType.UNHASHABLE, PyDict.TYPE);

    private PyType type;
    private PyDict dict;
    private final Object[] slots;
    /** The factory; None when there is none. */
    private Object factory = PyNone.NONE;

    private DefaultDictObject(PyType cls) {
        this.type = cls;
        this.dict = cls.instancesHaveDict() ? new PyDict() : null;
        this.slots = cls.slotCount() == 0 ? null : new Object[cls.slotCount()];
    }

    /** A new {@code defaultdict(factory)} of the built-in type. */
    public static DefaultDictObject of(Object factory) {
        DefaultDictObject d = new DefaultDictObject(TYPE);
        d.factory = factory;
        return d;
    }

    @Override public PyType type() {
        return type;
    }

    @Override public PyDict instanceDict() {
        return dict;
    }

    @Override public void setInstanceDict(PyDict dict) {
        this.dict = dict;
    }

    @Override public void setType(PyType type) {
        this.type = type;
    }

    @Override public Object[] slotValues() {
        return slots;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new DefaultDictObject(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        Object[] rest = args;
        if (args.length - nkw > 0) {
            Object f = args[0];
            if (f != PyNone.NONE && !FunctoolsModule.callable(f)) {
                throw PyErr.typeError("first argument must be callable or None");
            }
            factory = f;
            rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        Abstract.callMethodValueKw(PyDict.TYPE.lookup("__init__"), this, rest, kwnames);
    }

    @PyMethod
    Object __missing__(Object key) {
        if (factory == PyNone.NONE) {
            throw PyErr.keyError(key);
        }
        Object value = Abstract.call(factory);
        Abstract.setItem(this, key, value);
        return value;
    }

    @PyGetter(doc = "Called with no arguments to make the value of a missing key (None: missing keys raise KeyError).")
    Object default_factory() {
        return factory;
    }

    @PySetter("default_factory")
    void setDefaultFactory(Object value) {
        factory = value == null ? PyNone.NONE : value;
    }

    @PyMethod
    Object __repr__() {
        String f;
        if (factory == PyNone.NONE) {
            f = "None";
        } else if (!CollectionsRecursion.enter(factory)) {
            f = "...";
        } else {
            try {
                f = Abstract.repr(factory).value();
            } finally {
                CollectionsRecursion.leave(factory);
            }
        }
        Object base = Abstract.callMethodValue(PyDict.TYPE.lookup("__repr__"), this);
        return PyStr.of(type.name() + "(" + f + ", " + Abstract.str(base).value() + ")");
    }

    @PyMethod(value = "copy", doc = "A new defaultdict with the same factory and items.")
    Object copyMethod() {
        return Abstract.call(type, factory, this);
    }

    @PyMethod
    Object __copy__() {
        return copyMethod();
    }

    @PyMethod
    Object __reduce__() {
        Object args = factory == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(factory);
        Object items = Abstract.iter(Abstract.callMethod(this, "items"));
        return PyTuple.of(type, args, PyNone.NONE, PyNone.NONE, items);
    }

    /** {@code left | right} where one of them is a defaultdict: a defaultdict like that one. */
    private static Object or(DefaultDictObject self, Object left, Object right) {
        Object other = self == left ? right : left;
        if (!(other instanceof PyDict)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        Object r = Abstract.call(self.type, self.factory, left);
        Abstract.callMethod(r, "update", right);
        return r;
    }

    @PyMethod
    Object __or__(Object other) {
        return or(this, this, other);
    }

    @PyMethod
    Object __ror__(Object other) {
        return or(this, other, this);
    }
}
