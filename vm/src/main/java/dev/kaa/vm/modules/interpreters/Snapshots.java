package dev.kaa.vm.modules.interpreters;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySimpleNamespace;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;

/**
 * The snapshot of an exception that crosses back from another interpreter: only strings, so
 * that it holds nothing of the interpreter that raised it. The texts come from that
 * interpreter's {@code traceback} module, as CPython's display would show them.
 *
 * <p>Thread safety: stateless; runs under the raising interpreter's GIL.
 */
final class Snapshots {
    private Snapshots() {}

    static PySimpleNamespace of(ThreadState ts, PyBaseException exc) {
        PyType t = exc.type();
        Object module = Abstract.lookupAttr(t, PyStr.intern("__module__"));
        PySimpleNamespace type = new PySimpleNamespace().with("__name__", PyStr.of(t.name()))
                .with("__qualname__", PyStr.of(t.qualname()))
                .with("__module__", module instanceof PyStr ? module : PyStr.of("builtins"));
        String msg = text(exc);
        String formatted = msg.isEmpty() ? t.name() : t.name() + ": " + msg;
        String display = formatted;
        try {
            Object tb = ts.runtime.services.importName(ts, "traceback", null, PyNone.NONE, 0);
            formatted = joined(Abstract.call(Abstract.getAttr(tb, "format_exception_only"), exc));
            display = joined(Abstract.call(Abstract.getAttr(tb, "format_exception"), exc));
        } catch (PyException e) {
            // Without traceback the plain "Type: message" form stands for both.
        }
        return new PySimpleNamespace().with("type", type).with("msg", PyStr.of(msg))
                .with("formatted", PyStr.of(formatted)).with("errdisplay", PyStr.of(display));
    }

    private static String text(PyBaseException exc) {
        try {
            return Abstract.str(exc).value();
        } catch (PyException e) {
            return "<exception str() failed>";
        }
    }

    private static String joined(Object lines) {
        StringBuilder b = new StringBuilder();
        Object it = Abstract.iter(lines);
        for (Object line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            b.append(Abstract.str(line).value());
        }
        String s = b.toString();
        while (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
