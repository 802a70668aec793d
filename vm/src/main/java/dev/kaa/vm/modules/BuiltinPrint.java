package dev.kaa.vm.modules;

import dev.kaa.vm.objects.TracebackSuggestions;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;

/**
 * {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}: writes {@code str()} of
 * each object through the file's {@code write} method, looked up at each write as CPython does;
 * {@code file=None} means {@code sys.stdout} (through {@link StdStreams}), and printing to an
 * unset ({@code None}) stdout does nothing.
 *
 * <p>Thread safety: stateless.
 */
final class BuiltinPrint {
    private BuiltinPrint() {}

    private static final PyStr SPACE = PyStr.intern(" "), NEWLINE = PyStr.intern("\n");

    static void print(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        Object sep = PyNone.NONE, end = PyNone.NONE, file = PyNone.NONE, flush = null;
        for (int k = 0; k < nkw; k++) {
            Object v = args[npos + k];
            switch (kwnames[k]) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw PyErr.typeError("print() got an unexpected keyword argument '%s'%s", kwnames[k],
                        TracebackSuggestions.didYouMean(kwnames[k], "sep", "end", "file", "flush"));
            }
        }
        if (file == PyNone.NONE) {
            StdStreams streams = StdStreams.current();
            file = streams == null ? null : streams.stdout();
            if (file == null) {
                throw PyErr.runtimeError("lost sys.stdout");
            }
            if (file == PyNone.NONE) {
                // sys.stdout may be None when no console is attached (pythonw): print is a no-op.
                return;
            }
        }
        checkStrOrNone("sep", sep);
        checkStrOrNone("end", end);
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                write(file, sep == PyNone.NONE ? SPACE : Abstract.str(sep));
            }
            write(file, Abstract.str(args[i]));
        }
        write(file, end == PyNone.NONE ? NEWLINE : Abstract.str(end));
        if (flush != null && Abstract.isTrue(flush)) {
            Abstract.callMethod(file, "flush");
        }
    }

    private static void checkStrOrNone(String what, Object v) {
        if (v != PyNone.NONE && !(v instanceof PyStr)) {
            throw PyErr.typeError("%s must be None or a string, not %T", what, v);
        }
    }

    private static void write(Object file, Object text) {
        Abstract.callMethod(file, "write", text);
    }
}
