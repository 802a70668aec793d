package dev.kaa.vm.objects;

/**
 * {@code str.translate} and {@code str.maketrans}.
 *
 * <p>Thread safety: stateless.
 */
final class StrTranslate {
    private StrTranslate() {}

    static PyStr translate(PyStr s, Object table) {
        String v = s.value;
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            Object r;
            try {
                r = Abstract.getItem(table, PyInt.of(cp));
            } catch (PyException e) {
                if (!e.matches(Exceptions.LookupError)) {
                    throw e;
                }
                sb.appendCodePoint(cp);
                continue;
            }
            if (r == PyNone.NONE) {
                continue;
            }
            if (r instanceof PyInt n) {
                if (!n.isLong() || n.longValue() < 0 || n.longValue() > 0x10FFFF) {
                    throw PyErr.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) n.longValue());
            } else if (r instanceof PyStr t) {
                sb.append(t.value);
            } else {
                throw PyErr.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(sb.toString());
    }

    static PyDict maketrans(Object x, Object y, Object z) {
        PyDict out = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict d)) {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                Object k = d.keyAt(e);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw PyErr.valueError("string keys in translate table must be of length 1");
                    }
                    out.setItem(PyInt.of(ks.codePointAt(0)), d.valueAt(e));
                } else if (k instanceof PyInt) {
                    out.setItem(k, d.valueAt(e));
                } else {
                    throw PyErr.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(y instanceof PyStr ys)) {
            throw PyErr.typeError("maketrans() argument 2 must be str, not %s", Strs.clinicTypeName(y));
        }
        if (z != null && !(z instanceof PyStr)) {
            throw PyErr.typeError("maketrans() argument 3 must be str, not %s", Strs.clinicTypeName(z));
        }
        if (!(x instanceof PyStr xs)) {
            throw PyErr.typeError("first maketrans argument must be a string if there is a second argument");
        }
        if (xs.length() != ys.length()) {
            throw PyErr.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length(); i++) {
            out.setItem(PyInt.of(xs.codePointAt(i)), PyInt.of(ys.codePointAt(i)));
        }
        if (z != null) {
            PyStr zs = (PyStr) z;
            for (int i = 0; i < zs.length(); i++) {
                out.setItem(PyInt.of(zs.codePointAt(i)), PyNone.NONE);
            }
        }
        return out;
    }
}
