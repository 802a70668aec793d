package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFrozenSet;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PySet;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.TypeChecks;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code _abc}: the accelerator behind {@code abc.ABCMeta}: computing
 * {@code __abstractmethods__}, registering virtual subclasses and answering
 * {@code isinstance}/{@code issubclass} for abstract base classes with caches, as CPython's
 * {@code _abc} does.
 *
 * <p>Thread safety: the cache token is atomic; each class's data guards itself ({@link AbcData}).
 */
public final class AbcModule {
    private AbcModule() {}

    /** Bumped by every registration: negative caches older than it are stale. */
    private static final AtomicLong INVALIDATION_COUNTER = new AtomicLong();

    private static final PyStr ABC_IMPL = PyStr.intern("_abc_impl");
    private static final PyStr ABSTRACT_METHODS = PyStr.intern("__abstractmethods__");
    private static final PyStr IS_ABSTRACT = PyStr.intern("__isabstractmethod__");

    public static PyModule create() {
        PyModule m = new PyModule("_abc");
        m.put("__doc__", PyStr.of("The Java implementation of abc.ABCMeta's helpers."));
        Exposer.functions(AbcModule.class, MethodHandles.lookup(), "_abc", m).forEach(m::put);
        return m;
    }

    @PyMethod(doc = "The token that changes whenever a virtual subclass is registered.")
    static Object get_cache_token() {
        return PyInt.of(INVALIDATION_COUNTER.get());
    }

    private static boolean isAbstract(Object value) {
        Object v = Abstract.lookupAttr(value, IS_ABSTRACT);
        return v != null && Abstract.isTrue(v);
    }

    @PyMethod(doc = "Sets up an abstract class (abc.ABCMeta.__new__ calls it).")
    static void _abc_init(Object self) {
        computeAbstractMethods(self);
        Abstract.setAttr(self, ABC_IMPL, new AbcData(INVALIDATION_COUNTER.get()));
        // __abc_tpflags__ asks for the SEQUENCE/MAPPING flags of pattern matching (CPython's
        // Py_TPFLAGS_SEQUENCE, 1 << 5, and Py_TPFLAGS_MAPPING, 1 << 6).
        if (self instanceof PyType t && t.dict().getItem(PyStr.intern("__abc_tpflags__")) != null) {
            Object requested = t.dict().delItem(PyStr.intern("__abc_tpflags__"));
            t.changed(PyStr.intern("__abc_tpflags__"));
            if (requested instanceof PyInt) {
                long bits = Abstract.asLong(requested);
                t.setCollectionFlag(((bits & (1 << 5)) != 0 ? PyType.SEQUENCE : 0)
                        | ((bits & (1 << 6)) != 0 ? PyType.MAPPING : 0));
            }
        }
    }

    private static void computeAbstractMethods(Object self) {
        PySet abstracts = new PySet();
        Object ns = self instanceof PyType t ? t.dict() : Abstract.getAttr(self, "__dict__");
        Object items = Abstract.callMethod(ns, "items");
        Abstract.forEach(items, kv -> {
            if (!(kv instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("items() returned item which is not a tuple of length 2");
            }
            if (isAbstract(t.get(1))) {
                abstracts.addItem(t.get(0));
            }
        });
        Object bases = Abstract.getAttr(self, "__bases__");
        if (!(bases instanceof PyTuple bt)) {
            throw PyErr.typeError("__bases__ is not tuple");
        }
        for (int i = 0; i < bt.size(); i++) {
            Object base = bt.get(i);
            Object baseAbstracts = Abstract.lookupAttr(base, ABSTRACT_METHODS);
            if (baseAbstracts == null) {
                continue;
            }
            Abstract.forEach(baseAbstracts, name -> {
                Object value = Abstract.lookupAttr(self, Abstract.attrName(name));
                if (value != null && isAbstract(value)) {
                    abstracts.addItem(name);
                }
            });
        }
        Abstract.setAttr(self, ABSTRACT_METHODS, PyFrozenSet.of(abstracts));
    }

    private static AbcData impl(Object self) {
        Object impl = Abstract.getAttr(self, ABC_IMPL);
        if (!(impl instanceof AbcData d)) {
            throw PyErr.typeError("_abc_impl is set to a wrong type");
        }
        return d;
    }

    @PyMethod(doc = "Registers a virtual subclass (abc.ABCMeta.register calls it).")
    static Object _abc_register(Object self, Object subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyErr.typeError("Can only register classes");
        }
        if (TypeChecks.isSubclass(subclass, self)) {
            return subclass;
        }
        // The cycle test comes second so that registering a class with itself is a no-op.
        if (TypeChecks.isSubclass(self, subclass)) {
            throw PyErr.runtimeError("Refusing to create an inheritance cycle");
        }
        impl(self).addRegistry(sub);
        // A class registered with Sequence or Mapping is matched as one from now on, and so are its
        // subclasses; built-in types (immutable) keep theirs, as str does.
        if (self instanceof PyType abc && abc.collectionFlag() != 0) {
            setCollectionFlag(sub, abc.collectionFlag());
        }
        // Negative answers given before this registration may now be wrong.
        INVALIDATION_COUNTER.incrementAndGet();
        return subclass;
    }

    private static void setCollectionFlag(PyType t, int flag) {
        if (!t.isHeapType() || t.collectionFlag() == flag) {
            return;
        }
        t.setCollectionFlag(flag);
        for (PyType sub : t.subclasses()) {
            setCollectionFlag(sub, flag);
        }
    }

    @PyMethod(doc = "isinstance() for an abstract class (abc.ABCMeta.__instancecheck__ calls it).")
    static Object _abc_instancecheck(Object self, Object instance) {
        AbcData impl = impl(self);
        Object subclass = Abstract.getAttr(instance, "__class__");
        if (subclass instanceof PyType st && impl.inCache(st)) {
            return PyBool.TRUE;
        }
        PyType subtype = Abstract.typeOf(instance);
        if (subtype == subclass) {
            if (impl.negativeVersion == INVALIDATION_COUNTER.get() && impl.inNegativeCache(subtype)) {
                return PyBool.FALSE;
            }
            return Abstract.callMethod(self, "__subclasscheck__", subclass);
        }
        Object r = Abstract.callMethod(self, "__subclasscheck__", subclass);
        if (Abstract.isTrue(r)) {
            return r;
        }
        return Abstract.callMethod(self, "__subclasscheck__", subtype);
    }

    @PyMethod(doc = "issubclass() for an abstract class (abc.ABCMeta.__subclasscheck__ calls it).")
    static boolean _abc_subclasscheck(Object self, Object subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        AbcData impl = impl(self);
        if (impl.inCache(sub)) {
            return true;
        }
        // A registration anywhere since the negative cache was filled makes it stale.
        long token = INVALIDATION_COUNTER.get();
        if (impl.negativeVersion < token) {
            impl.clearNegativeCache();
            impl.negativeVersion = token;
        } else if (impl.inNegativeCache(sub)) {
            return false;
        }
        // The order of the questions below is CPython's: hook, MRO, registry, then subclasses.
        Object ok = Abstract.callMethod(self, "__subclasshook__", subclass);
        if (ok == PyBool.TRUE) {
            impl.addCache(sub);
            return true;
        }
        if (ok == PyBool.FALSE) {
            impl.addNegativeCache(sub);
            return false;
        }
        if (ok != PySingletons.NOT_IMPLEMENTED) {
            throw PyErr.format(Exceptions.AssertionError,
                    "__subclasshook__ must return either False, True, or NotImplemented");
        }
        for (PyType t : sub.mro()) {
            if (t == self) {
                impl.addCache(sub);
                return true;
            }
        }
        if (impl.isRegistered(sub)) {
            // A class registered itself is answered from the registry, not cached (as CPython).
            return true;
        }
        for (PyType r : impl.registered()) {
            if (TypeChecks.isSubclass(subclass, r)) {
                impl.addCache(sub);
                return true;
            }
        }
        Object subclasses = Abstract.callMethod(self, "__subclasses__");
        if (!(subclasses instanceof PyList list)) {
            throw PyErr.typeError("__subclasses__() must return a list");
        }
        for (Object scls : list.toArray()) {
            if (TypeChecks.isSubclass(subclass, scls)) {
                impl.addCache(sub);
                return true;
            }
        }
        impl.addNegativeCache(sub);
        return false;
    }

    @PyMethod(doc = "The registry, caches and negative cache version of an abstract class, for debugging.")
    static Object _get_dump(Object self) {
        AbcData impl = impl(self);
        return PyTuple.of(impl.dump(0), impl.dump(1), impl.dump(2), PyInt.of(impl.negativeVersion));
    }

    @PyMethod(doc = "Empties the registry of an abstract class.")
    static void _reset_registry(Object self) {
        impl(self).clearRegistry();
    }

    @PyMethod(doc = "Empties both caches of an abstract class.")
    static void _reset_caches(Object self) {
        impl(self).clearCaches();
    }
}
