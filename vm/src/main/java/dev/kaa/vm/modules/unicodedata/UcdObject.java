package dev.kaa.vm.modules.unicodedata;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BufferExporter;
import dev.kaa.vm.objects.ExcUnicodeError;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMemoryView;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;

/**
 * {@code unicodedata.UCD}: the database of one Unicode version. The module's own functions answer
 * for 15.1.0 through {@link #CURRENT}; {@code unicodedata.ucd_3_2_0} is the 3.2.0 instance that
 * {@code encodings.idna} and {@code stringprep} use. Each call finds the tables through
 * {@link UcdData#get()}, so nothing is read before the first question.
 *
 * <p>Thread safety: immutable.
 */
public final class UcdObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("unicodedata.UCD", UcdObject.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    /** Names longer than this (in UTF-8) are refused before any search, as CPython does. */
    private static final int NAME_MAX = 256;

    // Docstrings, shared by the module's functions and the UCD methods.
    static final String DOC_DECIMAL = "decimal(chr, default=<none>, /)\n\nThe decimal digit value of chr as an int;"
            + " default, or ValueError without one, for a character that is not a decimal digit.";
    static final String DOC_DIGIT = "digit(chr, default=<none>, /)\n\nThe digit value of chr as an int;"
            + " default, or ValueError without one, for a character that has none.";
    static final String DOC_NUMERIC = "numeric(chr, default=<none>, /)\n\nThe numeric value of chr as a float"
            + " (fractions included); default, or ValueError without one, for a character that has none.";
    static final String DOC_CATEGORY = "category(chr, /)\n\nThe general category of chr, such as 'Lu' or 'Nd'.";
    static final String DOC_BIDIRECTIONAL = "bidirectional(chr, /)\n\nThe bidirectional class of chr, such as"
            + " 'L' or 'AN'; '' where the database gives none.";
    static final String DOC_COMBINING = "combining(chr, /)\n\nThe canonical combining class of chr as an int;"
            + " 0 for characters that are not combining marks.";
    static final String DOC_MIRRORED = "mirrored(chr, /)\n\n1 when chr is mirrored in bidirectional text"
            + " (such as '('), else 0.";
    static final String DOC_EAST_ASIAN_WIDTH = "east_asian_width(chr, /)\n\nThe East Asian width of chr:"
            + " 'F', 'H', 'W', 'Na', 'A' or 'N'.";
    static final String DOC_DECOMPOSITION = "decomposition(chr, /)\n\nThe decomposition mapping of chr as the"
            + " database writes it ('<compat> 0020 0308'), or ''.";
    static final String DOC_NAME = "name(chr, default=<none>, /)\n\nThe Unicode name of chr; default, or"
            + " ValueError without one, for a character that has no name.";
    static final String DOC_LOOKUP = "lookup(name, /)\n\nThe character with this name, name alias or named"
            + " sequence (a str of several characters); KeyError when there is none.";
    static final String DOC_IS_NORMALIZED = "is_normalized(form, unistr, /)\n\nWhether unistr is already in"
            + " normal form form: 'NFC', 'NFD', 'NFKC' or 'NFKD'.";
    static final String DOC_NORMALIZE = "normalize(form, unistr, /)\n\nunistr in normal form form: 'NFC', 'NFD',"
            + " 'NFKC' or 'NFKD'.";

    static final UcdObject CURRENT = new UcdObject(false);
    static final UcdObject V3_2_0 = new UcdObject(true);

    private final boolean old;

    private UcdObject(boolean old) {
        this.old = old;
    }

    @Override public PyType type() {
        return TYPE;
    }

    private UcdVersion data() {
        UcdData d = UcdData.get();
        return old ? d.old : d.current;
    }

    /** The code point of a one-character str argument; CPython numbers the argument where the function takes several. */
    private static int character(String fn, boolean numbered, Object chr) {
        if (chr instanceof PyStr s && s.length() == 1) {
            return s.codePointAt(0);
        }
        throw PyErr.typeError("%s() argument %smust be a unicode character, not %s", fn, numbered ? "1 " : "",
                Abstract.typeOf(chr).messageName());
    }

    @PyGetter(member = true)
    Object unidata_version() {
        return PyStr.of(old ? "3.2.0" : "15.1.0");
    }

    @PyMethod(doc = DOC_DECIMAL)
    Object decimal(Object chr, @Opt Object dflt) {
        int v = data().decimal(character("decimal", true, chr));
        return v >= 0 ? PyInt.of(v) : orRaise(dflt, "not a decimal");
    }

    @PyMethod(doc = DOC_DIGIT)
    Object digit(Object chr, @Opt Object dflt) {
        int v = data().digit(character("digit", true, chr));
        return v >= 0 ? PyInt.of(v) : orRaise(dflt, "not a digit");
    }

    @PyMethod(doc = DOC_NUMERIC)
    Object numeric(Object chr, @Opt Object dflt) {
        double v = data().numeric(character("numeric", true, chr));
        return !Double.isNaN(v) ? new PyFloat(v) : orRaise(dflt, "not a numeric character");
    }

    private static Object orRaise(Object dflt, String message) {
        if (dflt == null) {
            throw PyErr.valueError(message);
        }
        return dflt;
    }

    @PyMethod(doc = DOC_CATEGORY)
    Object category(Object chr) {
        return PyStr.intern(data().category(character("category", false, chr)));
    }

    @PyMethod(doc = DOC_BIDIRECTIONAL)
    Object bidirectional(Object chr) {
        return PyStr.intern(data().bidirectional(character("bidirectional", false, chr)));
    }

    @PyMethod(doc = DOC_COMBINING)
    Object combining(Object chr) {
        return PyInt.of(data().combining(character("combining", false, chr)));
    }

    @PyMethod(doc = DOC_MIRRORED)
    Object mirrored(Object chr) {
        return PyInt.of(data().mirrored(character("mirrored", false, chr)) ? 1 : 0);
    }

    @PyMethod(doc = DOC_EAST_ASIAN_WIDTH)
    Object east_asian_width(Object chr) {
        return PyStr.intern(data().eastAsianWidth(character("east_asian_width", false, chr)));
    }

    @PyMethod(doc = DOC_DECOMPOSITION)
    Object decomposition(Object chr) {
        return PyStr.of(data().decomposition(character("decomposition", false, chr)));
    }

    @PyMethod(doc = DOC_NAME)
    Object name(Object chr, @Opt Object dflt) {
        int cp = character("name", true, chr);
        String n = UcdNames.get().nameIn(data(), cp);
        return n != null ? PyStr.of(n) : orRaise(dflt, "no such name");
    }

    @PyMethod(doc = DOC_LOOKUP)
    Object lookup(Object name) {
        byte[] utf8;
        if (name instanceof PyStr s) {
            utf8 = utf8(s);
        } else if (name instanceof PyBytes b) {
            utf8 = b.data();
        } else if (name instanceof PyByteArray || name instanceof PyMemoryView || name instanceof BufferExporter) {
            // CPython takes only buffers that need no release, as bytes'.
            throw PyErr.typeError("lookup() argument must be read-only bytes-like object, not %s",
                    Abstract.typeOf(name).messageName());
        } else {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", Abstract.typeOf(name).messageName());
        }
        if (utf8.length > NAME_MAX) {
            throw PyErr.keyError(PyStr.of("name too long"));
        }
        String text = new String(utf8, StandardCharsets.UTF_8);
        int[] cps = UcdNames.get().lookup(text, !old);
        if (cps == null) {
            // CPython formats the name as a C string: it ends at a NUL.
            int nul = text.indexOf('\0');
            throw PyErr.keyError(PyStr.of("undefined character name '" + (nul < 0 ? text : text.substring(0, nul))
                    + "'"));
        }
        return PyStr.of(new String(cps, 0, cps.length));
    }

    /**
     * {@code s} in UTF-8, or the UnicodeEncodeError of its first surrogate; done here rather than
     * through the codec registry, whose first use costs more than the whole lookup.
     */
    private static byte[] utf8(PyStr s) {
        int[] cps = s.codePoints();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] >= 0xD800 && cps[i] <= 0xDFFF) {
                throw new PyException(ExcUnicodeError.encodeError("utf-8", s.value(), i, i + 1,
                        "surrogates not allowed"));
            }
        }
        return s.value().getBytes(StandardCharsets.UTF_8);
    }

    @PyMethod(doc = DOC_IS_NORMALIZED)
    Object is_normalized(String form, PyStr unistr) {
        if (unistr.value().isEmpty()) {
            return PyBool.TRUE;
        }
        String s = unistr.value();
        return PyBool.of(normalized(form, s).equals(s));
    }

    @PyMethod(doc = DOC_NORMALIZE)
    Object normalize(String form, PyStr unistr) {
        if (unistr.value().isEmpty()) {
            return unistr;
        }
        String s = unistr.value();
        String r = normalized(form, s);
        return r.equals(s) ? unistr : PyStr.of(r);
    }

    private String normalized(String form, String s) {
        if (!form.equals("NFC") && !form.equals("NFD") && !form.equals("NFKC") && !form.equals("NFKD")) {
            throw PyErr.valueError("invalid normalization form");
        }
        UcdData d = UcdData.get();
        return UcdNormalizer.normalize(old ? d.old : d.current, d.current, form, s);
    }
}
