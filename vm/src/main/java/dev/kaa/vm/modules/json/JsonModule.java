package dev.kaa.vm.modules.json;

import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.lang.invoke.MethodHandles;

/**
 * {@code _json}: the accelerators {@code json} uses when they exist. {@code scanstring} and
 * {@code make_scanner} for {@code json.decoder}, {@code encode_basestring(_ascii)} and
 * {@code make_encoder} for {@code json.encoder}; each behaves as the pure-Python fallback in
 * CPython's {@code Lib/json} does, with the C module's messages.
 *
 * <p>Thread safety: stateless.
 */
public final class JsonModule {
    private JsonModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_json");
        m.put("__doc__", PyStr.of("Java accelerators for json."));
        Exposer.functions(JsonModule.class, MethodHandles.lookup(), "_json", m).forEach(m::put);
        m.put("make_scanner", JsonScanner.TYPE);
        m.put("make_encoder", JsonEncoder.TYPE);
        return m;
    }

    @PyMethod(doc = "Decodes the JSON string literal whose opening quote is just before index end of string:"
            + " returns its value and the index just past its closing quote. With strict false, control"
            + " characters may appear in it unescaped.")
    static Object scanstring(Object string, long end, @Opt("True") boolean strict) {
        PyStr s = JsonStrings.requireStr(string);
        int[] cp = s.codePoints();
        if (end < 0 || end > cp.length) {
            throw PyErr.valueError("end is out of bounds");
        }
        int[] next = new int[1];
        String out = JsonStrings.scan(s, cp, (int) end, strict, next);
        return PyTuple.of(PyStr.of(out), PyInt.of(next[0]));
    }

    @PyMethod(doc = "The string as a JSON string literal in ASCII characters only.")
    static Object encode_basestring_ascii(Object string) {
        return PyStr.of(JsonStrings.quote(JsonStrings.requireStr(string).value(), true));
    }

    @PyMethod(doc = "The string as a JSON string literal.")
    static Object encode_basestring(Object string) {
        return PyStr.of(JsonStrings.quote(JsonStrings.requireStr(string).value(), false));
    }

    /**
     * CPython's {@code PyArg_ParseTupleAndKeywords} for required parameters only, with its
     * messages in its order: too many arguments, a name given twice, a missing one, then an
     * unknown keyword.
     */
    static Object[] bind(String fn, String[] names, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > names.length) {
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", fn, names.length,
                    names.length == 1 ? "" : "s", args.length);
        }
        java.util.List<String> known = java.util.Arrays.asList(names);
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        String unknown = null;
        String twice = null;
        for (int k = 0; k < nkw; k++) {
            int at = known.indexOf(kwnames[k]);
            if (at < 0) {
                unknown = unknown == null ? kwnames[k] : unknown;
            } else if (at < npos) {
                twice = twice == null ? kwnames[k] : twice;
            } else {
                out[at] = args[npos + k];
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", fn, names[i], i + 1);
            }
        }
        if (twice != null) {
            throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fn, twice,
                    known.indexOf(twice) + 1);
        }
        if (unknown != null) {
            throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", unknown, fn);
        }
        return out;
    }
}
