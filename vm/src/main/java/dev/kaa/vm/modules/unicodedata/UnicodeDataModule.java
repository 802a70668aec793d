package dev.kaa.vm.modules.unicodedata;

import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import java.lang.invoke.MethodHandles;

/**
 * {@code unicodedata}: the Unicode Character Database, version 15.1.0, the version of CPython
 * 3.13's module (not the JDK's), and {@code ucd_3_2_0} for IDNA and stringprep. The functions
 * are those of {@link UcdObject#CURRENT}; each is declared here too so that it is a function of
 * the module, named as CPython names it in messages ({@code unicodedata.category()}).
 *
 * <p>Not provided: {@code _ucnhash_CAPI}, the capsule C code reads names through (Kaa's parser
 * resolves {@code \N{...}} itself).
 *
 * <p>Thread safety: stateless.
 */
public final class UnicodeDataModule {
    private UnicodeDataModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("unicodedata");
        m.put("__doc__", PyStr.of("The Unicode Character Database, version 15.1.0: the properties, names and"
                + " normal forms of characters.\n\nucd_3_2_0 answers the same questions for Unicode 3.2.0, as IDNA"
                + " and stringprep require."));
        Exposer.functions(UnicodeDataModule.class, MethodHandles.lookup(), "unicodedata", m).forEach(m::put);
        m.put("UCD", UcdObject.TYPE);
        m.put("ucd_3_2_0", UcdObject.V3_2_0);
        m.put("unidata_version", PyStr.of("15.1.0"));
        return m;
    }

    private static final UcdObject U = UcdObject.CURRENT;

    @PyMethod(doc = UcdObject.DOC_DECIMAL)
    static Object decimal(Object chr, @Opt Object dflt) {
        return U.decimal(chr, dflt);
    }

    @PyMethod(doc = UcdObject.DOC_DIGIT)
    static Object digit(Object chr, @Opt Object dflt) {
        return U.digit(chr, dflt);
    }

    @PyMethod(doc = UcdObject.DOC_NUMERIC)
    static Object numeric(Object chr, @Opt Object dflt) {
        return U.numeric(chr, dflt);
    }

    @PyMethod(doc = UcdObject.DOC_CATEGORY)
    static Object category(Object chr) {
        return U.category(chr);
    }

    @PyMethod(doc = UcdObject.DOC_BIDIRECTIONAL)
    static Object bidirectional(Object chr) {
        return U.bidirectional(chr);
    }

    @PyMethod(doc = UcdObject.DOC_COMBINING)
    static Object combining(Object chr) {
        return U.combining(chr);
    }

    @PyMethod(doc = UcdObject.DOC_MIRRORED)
    static Object mirrored(Object chr) {
        return U.mirrored(chr);
    }

    @PyMethod(doc = UcdObject.DOC_EAST_ASIAN_WIDTH)
    static Object east_asian_width(Object chr) {
        return U.east_asian_width(chr);
    }

    @PyMethod(doc = UcdObject.DOC_DECOMPOSITION)
    static Object decomposition(Object chr) {
        return U.decomposition(chr);
    }

    @PyMethod(doc = UcdObject.DOC_NAME)
    static Object name(Object chr, @Opt Object dflt) {
        return U.name(chr, dflt);
    }

    @PyMethod(doc = UcdObject.DOC_LOOKUP)
    static Object lookup(Object name) {
        return U.lookup(name);
    }

    @PyMethod(doc = UcdObject.DOC_IS_NORMALIZED)
    static Object is_normalized(String form, PyStr unistr) {
        return U.is_normalized(form, unistr);
    }

    @PyMethod(doc = UcdObject.DOC_NORMALIZE)
    static Object normalize(String form, PyStr unistr) {
        return U.normalize(form, unistr);
    }
}
