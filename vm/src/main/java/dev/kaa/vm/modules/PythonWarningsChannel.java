package dev.kaa.vm.modules;

import dev.kaa.parser.CompileWarnings;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;

/**
 * The VM's end of the parser's and compiler's warnings channel: each warning goes to Python's
 * {@code warnings.warn_explicit} with the source's file name and line, as CPython's
 * {@code PyErr_WarnExplicitObject} sends it. When the filters turn the warning into an
 * exception of its category ({@code -W error}, {@code simplefilter('error')}), the compilation
 * raises the SyntaxError the warning stands for instead, as CPython does; other exceptions
 * pass through.
 *
 * <p>Before the {@code warnings} module is imported (while the interpreter starts, say), the
 * {@link WarningsFallback} filters decide: importing {@code warnings} from here could compile
 * modules, and so warn, again.
 *
 * <p>Thread safety: stateless; called on the thread that compiles, which holds the GIL.
 */
public final class PythonWarningsChannel implements CompileWarnings {
    /** The channel: it has no state of its own. */
    public static final PythonWarningsChannel INSTANCE = new PythonWarningsChannel();

    private PythonWarningsChannel() {}

    @Override public void warn(Category category, PySyntaxError asError) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || ts.runtime.sys == null) {
            return; // no interpreter on this thread to show it
        }
        PyType cat = category == Category.DeprecationWarning ? Exceptions.DeprecationWarning : Exceptions.SyntaxWarning;
        try {
            Object warnings = loadedWarnings(ts);
            if (warnings == null) {
                WarningsFallback.warnExplicit(ts.runtime, cat, asError.msg(), asError.filename(), asError.lineno(),
                        moduleOf(asError.filename()));
            } else {
                Abstract.call(Abstract.getAttr(warnings, "warn_explicit"), PyStr.of(asError.msg()), cat,
                        PyStr.of(asError.filename()), PyInt.of(asError.lineno()));
            }
        } catch (PyException e) {
            if (e.matches(cat)) {
                throw asError;
            }
            throw e;
        }
    }

    /** The {@code warnings} module if it has been imported, else null. */
    private static Object loadedWarnings(ThreadState ts) {
        if (ts.runtime.sys.dict().getItem(PyStr.intern("modules")) instanceof PyDict modules) {
            return modules.getItem(PyStr.intern("warnings"));
        }
        return null;
    }

    /** The module name {@code warn_explicit} derives from a file name. */
    private static String moduleOf(String filename) {
        if (filename == null || filename.isEmpty()) {
            return "<unknown>";
        }
        return filename.toLowerCase(java.util.Locale.ROOT).endsWith(".py")
                ? filename.substring(0, filename.length() - 3) : filename;
    }
}
