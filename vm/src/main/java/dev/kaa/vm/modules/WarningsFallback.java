package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.TracebackSource;

/**
 * Warnings issued by Java code while the {@code warnings} module cannot be imported (it needs
 * {@code re}): CPython's default filters (DeprecationWarning shown only when triggered in
 * {@code __main__}; PendingDeprecation, Import and Resource warnings ignored; others once per
 * location), {@code -W error} and {@code -W ignore}, and the default one-line format on
 * {@code sys.stderr}. CPython's C {@code _warnings} module plays this part; Kaa's arrives with
 * the standard library's C-level modules.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class WarningsFallback {
    private WarningsFallback() {}

    private static final TracebackSource SOURCES = new TracebackSource();

    public static void warn(Runtime rt, Object category, String message, int stacklevel) {
        PyFrame f = ThreadState.current().frame;
        for (int i = 1; i < stacklevel && f != null; i++) {
            f = f.back;
        }
        String filename = f == null ? "sys" : f.code.filename.value();
        int lineno = f == null ? 0 : f.lineno();
        Object module = f == null ? null : f.globals.getItem(PyStr.intern("__name__"));
        warnExplicit(rt, (PyType) category, message, filename, lineno, module instanceof PyStr m ? m.value() : "");
    }

    /**
     * A warning about line {@code lineno} of {@code filename} ({@code warnings.warn_explicit}),
     * from code in {@code module}.
     */
    public static void warnExplicit(Runtime rt, PyType category, String message, String filename, int lineno,
            String module) {
        String action = action(rt, category, module);
        switch (action) {
            case "ignore":
                return;
            case "error":
                throw new PyException((PyBaseException) Abstract.call(category, PyStr.of(message)));
            default:
                break;
        }
        String key = filename + ":" + lineno + ":" + category.name() + ":" + message;
        if (!rt.warningsShown.add(key)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(filename).append(':').append(lineno).append(": ").append(category.name()).append(": ")
                .append(message).append('\n');
        String line = SOURCES.line(filename, lineno).strip();
        if (!line.isEmpty()) {
            text.append("  ").append(line).append('\n');
        }
        ExceptionDisplay.write(rt, text.toString());
    }

    /** The action for a warning: from {@code -W} when given, else CPython's default filters. */
    private static String action(Runtime rt, PyType category, String module) {
        Object options = rt.sys.dict().getItem(PyStr.intern("warnoptions"));
        if (options instanceof PyList l && l.size() > 0) {
            String last = Abstract.str(l.get(l.size() - 1)).value();
            String act = last.split(":", -1)[0];
            if (act.equals("error") || act.equals("ignore") || act.equals("default") || act.equals("always")) {
                return act;
            }
        }
        if (category.isSubtypeOf(Exceptions.DeprecationWarning)) {
            return module.equals("__main__") ? "default" : "ignore";
        }
        if (category.isSubtypeOf(Exceptions.PendingDeprecationWarning) || category.isSubtypeOf(Exceptions.ImportWarning)
                || category.isSubtypeOf(Exceptions.ResourceWarning)) {
            return "ignore";
        }
        return "default";
    }
}
