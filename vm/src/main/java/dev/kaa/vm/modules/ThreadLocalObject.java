package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose attributes each thread sees
 * separately. Its instance dictionary is the calling thread's; a subclass's {@code __init__}
 * runs again, with the construction arguments, the first time another thread uses the object.
 *
 * <p>Thread safety: thread-safe: the per-thread table is synchronized, and each dictionary is
 * used by its own thread.
 */
public class ThreadLocalObject extends PyObject implements Instance {
    public static final PyType TYPE = PyType.builtin("_thread._local", ThreadLocalObject.class,
            MethodHandles.lookup());

    private PyType type;
    private final Map<Thread, PyDict> dicts = Collections.synchronizedMap(new WeakHashMap<>());
    private final Object[] initArgs;
    private final String[] initKwnames;
    private final Object[] slots;

    ThreadLocalObject(PyType type, Object[] args, String[] kwnames) {
        this.type = type;
        this.initArgs = args;
        this.initKwnames = kwnames;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        dicts.put(Thread.currentThread(), new PyDict());
    }

    @Override public PyType type() {
        return type;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (args.length > 0) {
            Object init = cls.lookup("__init__");
            if (init == PyType.OBJECT.lookup("__init__")) {
                throw PyErr.typeError("Initialization arguments are not supported");
            }
        }
        return new ThreadLocalObject(cls, args.clone(), kwnames);
    }

    @Override public PyDict instanceDict() {
        Thread me = Thread.currentThread();
        PyDict d = dicts.get(me);
        if (d == null) {
            d = new PyDict();
            dicts.put(me, d);
            if (type != TYPE) {
                // A thread seeing the object for the first time initialises its own attributes.
                Object init = Abstract.getAttr(type, "__init__");
                Object[] args = new Object[initArgs.length + 1];
                args[0] = this;
                System.arraycopy(initArgs, 0, args, 1, initArgs.length);
                Abstract.call(init, args, initKwnames);
            }
        }
        return d;
    }

    @Override public void setInstanceDict(PyDict dict) {
        throw PyErr.attributeError("'%s' object attribute '__dict__' is read-only", type.messageName());
    }

    @Override public void setType(PyType type) {
        this.type = type;
    }

    @Override public Object[] slotValues() {
        return slots;
    }

    @PyGetter("__dict__")
    Object dictAttr() {
        return instanceDict();
    }

    @PyMethod
    Object __repr__() {
        PyType t = type;
        String name = t.isHeapType() ? t.moduleName() + "." + t.qualname() : "_thread._local";
        return PyStr.of("<" + name + " object at " + Abstract.idHex(this) + ">");
    }
}
