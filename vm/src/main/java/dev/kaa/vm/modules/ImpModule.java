package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.internal.imports.BuiltinModules;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import java.lang.invoke.MethodHandles;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code _imp}: the low-level import hooks {@code importlib} calls. Kaa has no frozen modules
 * and no extension modules (so no suffixes); built-in modules are the Java modules of the
 * interpreter's {@link BuiltinModules}, which are complete once created ({@code exec_builtin}
 * has nothing to do). The import lock is a reentrant lock per interpreter.
 *
 * <p>Thread safety: GIL-guarded; the lock table is synchronized.
 */
public final class ImpModule {
    private ImpModule() {}

    private static final Map<Runtime, ReentrantLock> LOCKS = Collections.synchronizedMap(new WeakHashMap<>());

    public static PyModule create() {
        PyModule m = new PyModule("_imp");
        m.put("__doc__", PyStr.of("The interpreter's side of importlib: built-in modules, locks and code helpers."));
        Exposer.functions(ImpModule.class, MethodHandles.lookup(), "_imp", m).forEach(m::put);
        m.put("check_hash_based_pycs", PyStr.of("default"));
        return m;
    }

    private static ReentrantLock lock() {
        return LOCKS.computeIfAbsent(ThreadState.current().runtime, k -> new ReentrantLock());
    }

    private static String strArg(String func, Object o, boolean numbered) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("%s() argument %smust be str, not %T", func, numbered ? "1 " : "", o);
        }
        return s.value();
    }

    /** The interpreter's built-in module registry: the BuiltinModules finder in sys.meta_path. */
    private static BuiltinModules registry() {
        Runtime rt = ThreadState.current().runtime;
        Object metaPath = rt.sys == null ? null : rt.sys.dict().getItem(PyStr.intern("meta_path"));
        if (metaPath instanceof PyList l) {
            for (Object f : l.toArray()) {
                if (f instanceof BuiltinModules b) {
                    return b;
                }
            }
        }
        return null;
    }

    @PyMethod(doc = "Whether name is a module built into the interpreter (non-zero when it is).")
    static int is_builtin(Object name) {
        String n = strArg("is_builtin", name, false);
        BuiltinModules b = registry();
        if (n.equals("sys") || n.equals("builtins")) {
            return -1; // they cannot be initialised again, as in CPython
        }
        return b != null && b.has(n) ? 1 : 0;
    }

    @PyMethod(doc = "Make the built-in module that spec names.")
    static Object create_builtin(Object spec) {
        Object nameObj = Abstract.getAttr(spec, "name");
        String name = strArg("create_builtin", nameObj, false);
        Runtime rt = ThreadState.current().runtime;
        Object existing = rt.modules.getItem(nameObj);
        if (existing instanceof PyModule) {
            return existing;
        }
        BuiltinModules b = registry();
        if (b == null || !b.has(name)) {
            return PyNone.NONE;
        }
        // Kaa's own BuiltinImporter creates the module and files it in sys.modules.
        rt.services.importName(ThreadState.current(), name, null, PyNone.NONE, 0);
        Object made = rt.modules.getItem(nameObj);
        if (made == null) {
            throw PyErr.importError("no built-in module named %s", name);
        }
        return made;
    }

    @PyMethod(doc = "Run a built-in module's initialisation (nothing left to do in Kaa).")
    static int exec_builtin(Object mod) {
        return 0; // Kaa's Java modules are complete when created.
    }

    @PyMethod(doc = "Initialize an extension module.")
    static Object create_dynamic(Object spec, @Opt Object file) {
        throw PyErr.importError("Kaa cannot load C extension modules (%S)", Abstract.getAttr(spec, "name"));
    }

    @PyMethod(doc = "Whether name is a frozen module (never, in Kaa).")
    static boolean is_frozen(Object name) {
        strArg("is_frozen", name, false);
        return false;
    }

    @PyMethod(doc = "Details of the frozen module of that name, or None (Kaa freezes none).")
    static Object find_frozen(Object name, @KwOnly @Opt Object withdata) {
        strArg("find_frozen", name, true);
        return PyNone.NONE;
    }

    @PyMethod(doc = "Whether a frozen module is a package; Kaa freezes none, so this raises ImportError.")
    static boolean is_frozen_package(Object name) {
        strArg("is_frozen_package", name, false);
        throw PyErr.importError("No such frozen object named %R", name);
    }

    @PyMethod(doc = "The code object of a frozen module (Kaa freezes none).")
    static Object get_frozen_object(Object name, @Opt Object data) {
        throw PyErr.importError("No such frozen object named %R", name);
    }

    @PyMethod(doc = "Load a frozen module (Kaa freezes none).")
    static Object init_frozen(Object name) {
        strArg("init_frozen", name, false);
        return PyNone.NONE;
    }

    @PyMethod(doc = "File name endings of loadable extension modules.")
    static Object extension_suffixes() {
        return new PyList(new Object[0]);
    }

    @PyMethod(doc = "Whether any thread holds the global import lock.")
    static boolean lock_held() {
        return lock().isLocked();
    }

    @PyMethod(doc = "Take the global import lock (re-entrant) for this thread.")
    static void acquire_lock() {
        ReentrantLock l = lock();
        if (!l.tryLock()) {
            // Its holder may need the GIL to get as far as releasing it.
            try (var unlocked = ThreadState.releaseGil()) {
                l.lock();
            }
        }
    }

    @PyMethod(doc = "Give back the global import lock (RuntimeError if this thread does not hold it).")
    static void release_lock() {
        ReentrantLock l = lock();
        if (!l.isHeldByCurrentThread()) {
            throw PyErr.runtimeError("not holding the import lock");
        }
        l.unlock();
    }

    @PyMethod(value = "_fix_co_filename", doc = "Set co_filename of a code object"
            + " and of every code object nested in it to path.")
    static void fixCoFilename(Object code, Object path) {
        if (!(code instanceof PyCode c)) {
            throw PyErr.typeError("_fix_co_filename() argument 1 must be code, not %T", code);
        }
        String p = strArg("_fix_co_filename", path, false);
        if (!c.filename.value().equals(p)) {
            // PyCode is immutable in Kaa; its own import system renames code when it loads it.
            throw PyErr.notImplementedError("_fix_co_filename: Kaa cannot rename code object %R in place to %R",
                    code, path);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "")
    static Object source_hash(long key, Object source) {
        byte[] data = dev.kaa.vm.modules.struct.Buffers.read(source);
        long h = dev.kaa.bytecode.pyc.SourceHash.sipHash13(key, 0, data);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h >>> (8 * i));
        }
        return new PyBytes(out);
    }

    @PyMethod(value = "_override_multi_interp_extensions_check", doc = "")
    static int overrideMultiInterp(int override) {
        return -1; // no extension modules, so no check to override: "not set", as CPython's default
    }

    /**
     * {@code PyConfig.use_frozen_modules}' test override (-1 off, 1 on, 0 none), which
     * {@code test.support.import_helper.frozen_modules()} sets around fresh imports. Kaa freezes
     * no modules, so it changes nothing here; it is kept for what it was last set to.
     */
    private static int frozenOverride;

    @PyMethod(value = "_override_frozen_modules_for_tests",
            doc = "(internal-only) Overrides whether frozen modules are used: -1 off, 1 on, 0 no override.")
    static void overrideFrozenModules(int override) {
        frozenOverride = override;
    }

    @PyMethod(value = "_frozen_module_names", doc = "The names of the frozen modules (none in Kaa).")
    static Object frozenModuleNames() {
        return dev.kaa.vm.objects.PyTuple.EMPTY;
    }

}
