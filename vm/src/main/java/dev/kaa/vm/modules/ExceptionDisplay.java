package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.TracebackPrinter;

/**
 * Prints an exception as the default {@code sys.excepthook} does: the traceback, then the
 * exception, to {@code sys.stderr}.
 *
 * <p>Thread safety: stateless; runs under the GIL.
 */
public final class ExceptionDisplay {
    private ExceptionDisplay() {}

    /** The default excepthook's output for {@code value} on the runtime's {@code sys.stderr}. */
    public static void print(Runtime rt, Object value) {
        String text;
        if (value instanceof PyBaseException e) {
            Object limit = rt.sys == null ? null : rt.sys.dict().getItem(PyStr.intern("tracebacklimit"));
            text = new TracebackPrinter(rt.sources)
                    .limit(limit instanceof dev.kaa.vm.objects.PyInt i && i.isLong()
                            ? (int) Math.max(Math.min(i.longValue(), Integer.MAX_VALUE), Integer.MIN_VALUE) : null)
                    .importer(name -> rt.modules.getItem(PyStr.of(name)))
                    .colorize(rt.colorTracebacks)
                    .format(e);
        } else {
            text = "TypeError: print_exception(): Exception expected for value, " + Abstract.typeOf(value).name()
                    + " found\n";
        }
        write(rt, text);
    }

    /** Writes to {@code sys.stderr}, or to the process's stderr when that is gone. */
    public static void write(Runtime rt, String text) {
        Object err = rt.sys == null ? null : rt.sys.dict().getItem(PyStr.intern("stderr"));
        if (err == null || err == PyNone.NONE) {
            System.err.print(text);
            System.err.flush();
            return;
        }
        try {
            Abstract.callMethod(err, "write", PyStr.of(text));
            Abstract.callMethod(err, "flush");
        } catch (PyException e) {
            System.err.print(text);
            System.err.flush();
        }
    }

    /**
     * What the interpreter does with an exception that reached the top: calls
     * {@code sys.excepthook}, and if that fails, says so and prints both, as CPython does.
     */
    public static void handleUncaught(Runtime rt, PyBaseException value) {
        Object hook = rt.sys.dict().getItem(PyStr.intern("excepthook"));
        if (hook == null || hook == PyNone.NONE) {
            write(rt, "sys.excepthook is missing\n");
            print(rt, value);
            return;
        }
        try {
            Abstract.call(hook, value.type(), value, value.traceback() == null ? PyNone.NONE : value.traceback());
        } catch (PyException e) {
            write(rt, "Error in sys.excepthook:\n");
            print(rt, e.value());
            write(rt, "\nOriginal exception was:\n");
            print(rt, value);
        }
    }
}
