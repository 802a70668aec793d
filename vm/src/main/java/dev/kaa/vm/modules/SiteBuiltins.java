package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;
import java.util.function.Supplier;

/**
 * The builtins CPython's {@code site} module adds at start-up: {@code exit} and {@code quit}
 * (here in Java, as {@code _sitebuiltins.Quitter} behaves), and {@code help}, {@code copyright},
 * {@code credits} and {@code license}, which stand in for {@code _sitebuiltins}' objects and make
 * the real one the first time they are shown or called. So start-up runs no Python code for
 * them ({@code import site} costs a tenth of a second, {@code _sitebuiltins} a few hundredths);
 * a program that imports {@code site} gets CPython's module.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class SiteBuiltins {
    private SiteBuiltins() {}

    private static final String EOF = "Ctrl-D (i.e. EOF)";

    /** Puts the site builtins into {@code builtins}; {@code sys} gives the copyright text. */
    public static void install(PyModule builtins, PyModule sys) {
        builtins.put("quit", new Quitter("quit"));
        builtins.put("exit", new Quitter("exit"));
        builtins.put("copyright", new Lazy(Lazy.PRINTER, () -> printer(PyStr.of("copyright"),
                sys.dict().getItem(PyStr.of("copyright")))));
        builtins.put("credits", new Lazy(Lazy.PRINTER, () -> printer(PyStr.of("credits"), PyStr.of(
                "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                + "    for supporting Python development.  See www.python.org for more information."))));
        builtins.put("license", new Lazy(Lazy.PRINTER, () -> printer(PyStr.of("license"),
                PyStr.of("See https://www.python.org/psf/license/"), new PyList(), new PyList())));
        builtins.put("help", new Lazy(Lazy.HELPER, () -> Abstract.call(siteAttr("_Helper"))));
    }

    private static Object siteAttr(String name) {
        ThreadState ts = ThreadState.current();
        Object m = ts.runtime.services.importName(ts, "_sitebuiltins", null, PyNone.NONE, 0);
        return Abstract.getAttr(m, PyStr.intern(name));
    }

    private static Object printer(Object... args) {
        return Abstract.call(siteAttr("_Printer"), args);
    }

    /** {@code exit} and {@code quit}: {@code _sitebuiltins.Quitter}. */
    public static final class Quitter extends PyObject {
        public static final PyType TYPE = PyType.builtin("_sitebuiltins.Quitter", Quitter.class, MethodHandles.lookup(), 0);

        private final String name;

        Quitter(String name) {
            this.name = name;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("Use " + name + "() or " + EOF + " to exit");
        }

        @PyMethod(positionalOnly = 0)
        void __call__(@Opt Object code) {
            // Shells that catch the SystemExit listen for their stdin closing, as in CPython.
            try {
                ThreadState ts = ThreadState.current();
                Object stdin = ts.runtime.sys.dict().getItem(PyStr.intern("stdin"));
                if (stdin != null && stdin != PyNone.NONE) {
                    Abstract.callMethod(stdin, "close");
                }
            } catch (PyException e) {
                // ignored, as the bare except in CPython's Quitter ignores it
            }
            throw PyErr.withArgs(Exceptions.SystemExit, code == null ? PyNone.NONE : code);
        }
    }

    /**
     * {@code help}, {@code copyright}, {@code credits}, {@code license}: named as the
     * {@code _sitebuiltins} classes they stand for, they make that object on first use and pass
     * {@code repr} and calls to it.
     */
    public static final class Lazy extends PyObject {
        static final PyType PRINTER = PyType.builtin("_sitebuiltins._Printer", Lazy.class, MethodHandles.lookup(), 0);
        static final PyType HELPER = PyType.builtin("_sitebuiltins._Helper", Lazy.class, MethodHandles.lookup(), 0);

        private final PyType type;
        private Supplier<Object> make;
        private Object real;

        Lazy(PyType type, Supplier<Object> make) {
            this.type = type;
            this.make = make;
        }

        @Override public PyType type() {
            return type;
        }

        private Object real() {
            if (real == null) {
                real = make.get();
                make = null;
            }
            return real;
        }

        @PyMethod
        Object __repr__() {
            return Abstract.repr(real());
        }

        @PyMethod
        Object __call__(Object[] args, String[] kwnames) {
            return Abstract.call(real(), args, kwnames);
        }
    }
}
