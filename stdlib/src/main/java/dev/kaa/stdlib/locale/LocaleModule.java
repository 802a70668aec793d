package dev.kaa.stdlib.locale;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code _locale}: the C library's locales ({@code setlocale}, {@code localeconv},
 * {@code nl_langinfo}, {@code wcscoll}/{@code wcsxfrm}, the {@code gettext} family), called
 * through {@link Libc}, so any locale installed on the system works as it does for CPython. The
 * locale is the process's: the JVM shares it.
 *
 * <p>At its first import the module puts the process in the state CPython starts in: every
 * category "C" except {@code LC_CTYPE}, which takes the user's preference from the environment
 * (the JVM itself had set every category from the environment). Text from the C library is
 * decoded in the encoding of the current {@code LC_CTYPE}, with surrogateescape, as CPython
 * decodes it. Linux on a 64-bit machine: {@code wchar_t} is UTF-32 and {@code struct lconv}
 * has glibc's layout.
 *
 * <p>Thread safety: the C library's locale calls are not thread-safe; they run under the GIL,
 * as CPython's do.
 */
public final class LocaleModule implements ExtensionModule {
    private static final int LC_CTYPE = 0;
    private static final int LC_ALL = 6;
    private static final int CODESET = 14;

    private static final MethodHandle SETLOCALE = Libc.function("setlocale",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle LOCALECONV = Libc.function("localeconv", FunctionDescriptor.of(ValueLayout.ADDRESS));
    private static final MethodHandle NL_LANGINFO = Libc.function("nl_langinfo",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle WCSCOLL = Libc.function("wcscoll",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle WCSXFRM = Libc.function("wcsxfrm",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle GETTEXT = Libc.function("gettext",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle DGETTEXT = Libc.function("dgettext",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle DCGETTEXT = Libc.function("dcgettext",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle TEXTDOMAIN = Libc.function("textdomain",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle BINDTEXTDOMAIN = Libc.function("bindtextdomain",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle BIND_TEXTDOMAIN_CODESET = Libc.function("bind_textdomain_codeset",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));

    /** glibc's {@code nl_item} values of the keys nl_langinfo accepts, by their Python names. */
    private static final Map<String, Integer> LANGINFO = langinfo();

    private static PythonType error;
    private static boolean started;

    @Override public String name() {
        return "_locale";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("The C library's locale support, beneath the locale module.");
        m.addFunctions(LocaleModule.class, MethodHandles.lookup());
        error = m.addException("Error", Py.builtinType("Exception"), "What a failed locale operation raises.");
        String[] categories = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL"};
        for (int i = 0; i < categories.length; i++) {
            m.add(categories[i], i);
        }
        m.add("CHAR_MAX", 127);
        LANGINFO.forEach(m::add);
        synchronized (LocaleModule.class) {
            if (!started) {
                started = true;
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment state = Libc.callState(arena);
                    Libc.callForAddress(SETLOCALE, state, LC_ALL, Libc.string(arena, "C".getBytes()));
                    Libc.callForAddress(SETLOCALE, state, LC_CTYPE, Libc.string(arena, new byte[0]));
                }
            }
        }
    }

    private static Map<String, Integer> langinfo() {
        Map<String, Integer> keys = new LinkedHashMap<>();
        Object[][] named = {
            {"CODESET", 14}, {"D_T_FMT", 0x20028}, {"D_FMT", 0x20029}, {"T_FMT", 0x2002A}, {"T_FMT_AMPM", 0x2002B},
            {"AM_STR", 0x20026}, {"PM_STR", 0x20027}, {"RADIXCHAR", 0x10000}, {"THOUSEP", 0x10001},
            {"YESEXPR", 0x50000}, {"NOEXPR", 0x50001}, {"CRNCYSTR", 0x4000F}, {"ERA", 0x2002C},
            {"ERA_D_FMT", 0x2002E}, {"ALT_DIGITS", 0x2002F}, {"ERA_D_T_FMT", 0x20030}, {"ERA_T_FMT", 0x20031},
            {"_DATE_FMT", 0x2006C},
        };
        for (Object[] key : named) {
            keys.put((String) key[0], (Integer) key[1]);
        }
        for (int i = 0; i < 7; i++) {
            keys.put("DAY_" + (i + 1), 0x20007 + i);
            keys.put("ABDAY_" + (i + 1), 0x20000 + i);
        }
        for (int i = 0; i < 12; i++) {
            keys.put("MON_" + (i + 1), 0x2001A + i);
            keys.put("ABMON_" + (i + 1), 0x2000E + i);
        }
        return Collections.unmodifiableMap(keys);
    }

    @PyMethod(doc = "setlocale($module, category, locale=None, /)\n--\n\n"
            + "Sets the locale of the category (LC_ALL for all) when locale is given ('' for the user's\n"
            + "preference from the environment), and returns the category's locale.")
    static Object setlocale(int category, @Opt Object locale) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            boolean query = locale == null || locale == Py.none();
            MemorySegment name = query ? MemorySegment.NULL : Libc.string(arena, encoded(locale, "setlocale"));
            MemorySegment result = Libc.callForAddress(SETLOCALE, state, category, name);
            if (result.address() == 0) {
                throw Py.error(error, query ? "locale query failed" : "unsupported locale setting");
            }
            return decoded(result);
        }
    }

    @PyMethod(doc = "localeconv($module, /)\n--\n\n"
            + "The numeric and monetary conventions of the current locale, as a dict.")
    static Object localeconv() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment lconv = Libc.callForAddress(LOCALECONV, Libc.callState(arena)).reinterpret(96);
            Object result = Py.dict();
            String[] monetary = {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"};
            for (int i = 0; i < monetary.length; i++) {
                Py.setItem(result, Py.str(monetary[i]), decoded(pointer(lconv, 3 + i)));
            }
            Py.setItem(result, Py.str("mon_grouping"), grouping(pointer(lconv, 7)));
            Py.setItem(result, Py.str("positive_sign"), decoded(pointer(lconv, 8)));
            Py.setItem(result, Py.str("negative_sign"), decoded(pointer(lconv, 9)));
            String[] digits = {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes",
                "n_sep_by_space", "p_sign_posn", "n_sign_posn"};
            for (int i = 0; i < digits.length; i++) {
                Py.setItem(result, Py.str(digits[i]), Py.integer(lconv.get(ValueLayout.JAVA_BYTE, 80 + i)));
            }
            Py.setItem(result, Py.str("decimal_point"), decoded(pointer(lconv, 0)));
            Py.setItem(result, Py.str("thousands_sep"), decoded(pointer(lconv, 1)));
            Py.setItem(result, Py.str("grouping"), grouping(pointer(lconv, 2)));
            return result;
        }
    }

    @PyMethod(doc = "nl_langinfo($module, key, /)\n--\n\n"
            + "The current locale's value for the key, one of this module's constants (CODESET, D_T_FMT,\n"
            + "DAY_1 …).")
    static Object nl_langinfo(int key) {
        if (!LANGINFO.containsValue(key)) {
            throw Py.valueError("unsupported langinfo constant");
        }
        try (Arena arena = Arena.ofConfined()) {
            return decoded(Libc.callForAddress(NL_LANGINFO, Libc.callState(arena), key));
        }
    }

    @PyMethod(doc = "strcoll($module, os1, os2, /)\n--\n\n"
            + "Compares two strings by the current locale's collation: negative, zero or positive.")
    static int strcoll(String os1, String os2) {
        try (Arena arena = Arena.ofConfined()) {
            return Libc.call(WCSCOLL, Libc.callState(arena), wide(arena, os1), wide(arena, os2));
        }
    }

    @PyMethod(doc = "strxfrm($module, string, /)\n--\n\n"
            + "The string transformed so that comparing results with < orders as strcoll() orders the\n"
            + "originals.")
    static Object strxfrm(String string) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment source = wide(arena, string);
            long n = (long) Libc.invoke(WCSXFRM, state, MemorySegment.NULL, source, 0L);
            MemorySegment target = arena.allocate(4 * (n + 1), 4);
            Libc.invoke(WCSXFRM, state, target, source, n + 1);
            StringBuilder text = new StringBuilder();
            for (long i = 0; i < n; i++) {
                text.appendCodePoint(target.get(ValueLayout.JAVA_INT, 4 * i));
            }
            return Py.str(text.toString());
        }
    }

    @PyMethod(doc = "getencoding($module, /)\n--\n\n"
            + "The current locale's encoding (nl_langinfo(CODESET)), 'utf-8' when the C library has none.")
    static Object getencoding() {
        return Py.str(codeset());
    }

    @PyMethod(doc = "gettext($module, msg, /)\n--\n\nThe translation of msg in the current text domain.")
    static Object gettext(Object msg) {
        try (Arena arena = Arena.ofConfined()) {
            return decoded(Libc.callForAddress(GETTEXT, Libc.callState(arena), Libc.string(arena, encoded(msg, "gettext"))));
        }
    }

    @PyMethod(doc = "dgettext($module, domain, msg, /)\n--\n\nThe translation of msg in the text domain given (None: the current one).")
    static Object dgettext(Object domain, Object msg) {
        try (Arena arena = Arena.ofConfined()) {
            return decoded(Libc.callForAddress(DGETTEXT, Libc.callState(arena), optional(arena, domain, "dgettext"),
                    Libc.string(arena, encoded(msg, "dgettext"))));
        }
    }

    @PyMethod(doc = "dcgettext($module, domain, msg, category, /)\n--\n\n"
            + "The translation of msg in the text domain given (None: the current one), for the locale category.")
    static Object dcgettext(Object domain, Object msg, int category) {
        try (Arena arena = Arena.ofConfined()) {
            return decoded(Libc.callForAddress(DCGETTEXT, Libc.callState(arena), optional(arena, domain, "dcgettext"),
                    Libc.string(arena, encoded(msg, "dcgettext")), category));
        }
    }

    @PyMethod(doc = "textdomain($module, domain, /)\n--\n\n"
            + "Sets the current text domain to domain (None: keeps it), and returns the current one.")
    static Object textdomain(Object domain) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment result = Libc.callForAddress(TEXTDOMAIN, state, optional(arena, domain, "textdomain"));
            if (result.address() == 0) {
                throw Py.osError(Libc.errno(state), null);
            }
            return decoded(result);
        }
    }

    @PyMethod(doc = "bindtextdomain($module, domain, dir, /)\n--\n\n"
            + "Sets the folder of the text domain's message catalogs (None: keeps it), and returns it.")
    static Object bindtextdomain(Object domain, Object dir) {
        if (!Py.isInstance(domain, Py.builtinType("str"))) {
            throw Py.typeError("bindtextdomain() argument 1 must be str, not " + Py.typeOf(domain).name());
        }
        if (Py.len(domain) == 0) {
            throw Py.valueError("empty string");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment folder = dir == Py.none() ? MemorySegment.NULL
                    : Libc.string(arena, Py.asBytes(Py.call(Py.getAttr(Py.importModule("os"), "fsencode"), dir)));
            MemorySegment result = Libc.callForAddress(BINDTEXTDOMAIN, state,
                    Libc.string(arena, encoded(domain, "bindtextdomain")), folder);
            if (result.address() == 0) {
                throw Py.osError(Libc.errno(state), null);
            }
            return decoded(result);
        }
    }

    @PyMethod(doc = "bind_textdomain_codeset($module, domain, codeset, /)\n--\n\n"
            + "Sets the encoding of the text domain's translations (None: keeps it), and returns it, or None.")
    static Object bind_textdomain_codeset(Object domain, Object codeset) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment result = Libc.callForAddress(BIND_TEXTDOMAIN_CODESET, state,
                    Libc.string(arena, encoded(domain, "bind_textdomain_codeset")),
                    optional(arena, codeset, "bind_textdomain_codeset"));
            if (result.address() == 0) {
                // A query of a domain without a codeset answers NULL; a change that fails sets errno.
                if (codeset == Py.none()) {
                    return Py.none();
                }
                throw Py.osError(Libc.errno(state), null);
            }
            return decoded(result);
        }
    }

    /** A C string in the locale's encoding, from a {@code str} argument of {@code function}. */
    private static byte[] encoded(Object text, String function) {
        if (!Py.isInstance(text, Py.builtinType("str"))) {
            throw Py.typeError(function + "() argument must be str, not " + Py.typeOf(text).name());
        }
        byte[] bytes = Py.asBytes(Py.callMethod(text, "encode", Py.str(codeset()), Py.str("surrogateescape")));
        for (byte b : bytes) {
            if (b == 0) {
                throw Py.valueError("embedded null character");
            }
        }
        return bytes;
    }

    private static MemorySegment optional(Arena arena, Object text, String function) {
        return text == Py.none() ? MemorySegment.NULL : Libc.string(arena, encoded(text, function));
    }

    /** A C string from the C library, decoded in the locale's encoding with surrogateescape. */
    private static Object decoded(MemorySegment address) {
        byte[] bytes = Libc.stringBytes(address);
        return Py.callMethod(Py.bytes(bytes == null ? new byte[0] : bytes), "decode", Py.str(codeset()),
                Py.str("surrogateescape"));
    }

    /** The encoding of the current LC_CTYPE, as Python's codecs name it. */
    private static String codeset() {
        try (Arena arena = Arena.ofConfined()) {
            byte[] codeset = Libc.stringBytes(Libc.callForAddress(NL_LANGINFO, Libc.callState(arena), CODESET));
            return codeset == null || codeset.length == 0 ? "utf-8" : new String(codeset, java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private static MemorySegment pointer(MemorySegment lconv, int index) {
        return lconv.get(ValueLayout.ADDRESS, 8L * index);
    }

    /** A {@code grouping} string as CPython lists it: the sizes up to a 0 or CHAR_MAX, which ends it. */
    private static Object grouping(MemorySegment address) {
        byte[] sizes = Libc.stringBytes(address);
        List<Object> result = new ArrayList<>();
        if (sizes != null) {
            for (byte size : sizes) {
                result.add(Py.integer(size));
                if (size == 127) {
                    break;
                }
            }
        }
        return Py.list(result.toArray());
    }

    /** A {@code wchar_t} string (UTF-32) of the text; ValueError for a NUL in it. */
    private static MemorySegment wide(Arena arena, String text) {
        int[] codePoints = text.codePoints().toArray();
        MemorySegment s = arena.allocate(4L * (codePoints.length + 1), 4);
        for (int i = 0; i < codePoints.length; i++) {
            if (codePoints[i] == 0) {
                throw Py.valueError("embedded null character");
            }
            s.set(ValueLayout.JAVA_INT, 4L * i, codePoints[i]);
        }
        return s;
    }
}
