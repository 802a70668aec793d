package dev.kaa.vm.modules.hashlib;

import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.MappingProxy;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBuiltinFunction;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrozenSet;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.Map;

/**
 * {@code _hashlib}, CPython's OpenSSL-backed hashing module, on the JDK's digests and Kaa's
 * own BLAKE2 and SHAKE: {@code new} and the {@code openssl_*} constructors, HMAC
 * ({@code hmac_new}, {@code hmac_digest}), {@code compare_digest}, and the key derivation
 * functions of {@link KdfFunctions}. Names, messages and argument rules are CPython 3.13's
 * (with OpenSSL 3's wording where CPython passes OpenSSL's errors on).
 *
 * <p>Thread safety: stateless; the objects it makes are GIL-guarded.
 */
public final class HashlibModule {
    private HashlibModule() {}

    static final PyType UNSUPPORTED = PyType.builtin("_hashlib.UnsupportedDigestmodError", PyBaseException.class, null,
            Exceptions.ValueError);

    static {
        // CPython makes these types from specs, as heap types, which carry __module__ in their dict.
        for (PyType t : new PyType[] {HashState.TYPE, XofState.TYPE, HmacObject.TYPE}) {
            t.dict().setItem(PyStr.of("__module__"), PyStr.of("_hashlib"));
        }
    }

    /** The prefix of the constructor functions; the rest of their name is the digest's. */
    private static final String CONSTRUCTOR = "openssl_";

    public static PyModule create() {
        PyModule m = new PyModule("_hashlib");
        PyDict constructors = new PyDict();
        for (Map.Entry<String, PyBuiltinFunction> e : Exposer.functions(HashlibModule.class, MethodHandles.lookup(),
                "_hashlib", m).entrySet()) {
            m.put(e.getKey(), e.getValue());
            if (e.getKey().startsWith(CONSTRUCTOR)) {
                constructors.setItem(e.getValue(), PyStr.of(e.getKey().substring(CONSTRUCTOR.length())));
            }
        }
        KdfFunctions.functions(m);
        m.put("HASH", HashState.TYPE);
        m.put("HASHXOF", XofState.TYPE);
        m.put("HMAC", HmacObject.TYPE);
        m.put("UnsupportedDigestmodError", UNSUPPORTED);
        m.put("_constructors", new MappingProxy(constructors));
        PyList names = new PyList();
        for (Algorithm a : Algorithm.values()) {
            names.append(PyStr.of(a.pyName));
        }
        m.put("openssl_md_meth_names", PyFrozenSet.of(names));
        return m;
    }

    /** OpenSSL's error for a digest it does not know. */
    static PyException unsupported(String message) {
        return PyErr.format(UNSUPPORTED, "%s", message);
    }

    /** The digest called {@code name}, or {@code UnsupportedDigestmodError}. */
    static Algorithm byName(String name) {
        Algorithm a = Algorithm.byName(name);
        if (a == null) {
            throw unsupported("[digital envelope routines] unsupported");
        }
        return a;
    }

    /**
     * The digest of an HMAC's {@code digestmod}: a name, or one of the {@code openssl_*}
     * constructors (what {@code _constructors} maps).
     */
    static Algorithm digestmod(Object digestmod) {
        String name;
        if (digestmod instanceof PyStr s) {
            // CPython reads the name as a C string: it ends at the first NUL.
            name = s.toString();
            int nul = name.indexOf('\0');
            name = nul < 0 ? name : name.substring(0, nul);
        } else if (digestmod instanceof PyBuiltinFunction f && f.name().startsWith(CONSTRUCTOR)
                // Known by name and module: _constructors lives in the module object, out of reach here.
                && Abstract.getAttr(f, "__module__") instanceof PyStr module && module.toString().equals("_hashlib")) {
            name = f.name().substring(CONSTRUCTOR.length());
        } else {
            throw unsupported(PyErr.message("Unsupported digestmod %R", digestmod));
        }
        return byName(name);
    }

    /** A digest HMAC and PBKDF2 can use: OpenSSL refuses the extendable-output ones, without a reason. */
    static Algorithm forMac(Algorithm a) {
        if (a.xof()) {
            throw PyErr.valueError("no reason supplied");
        }
        return a;
    }

    @PyMethod(value = "new", positionalOnly = 0, doc = "Return a new hash object using the named algorithm, "
            + "fed with string if given.")
    static Object new_(Object name, @Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        // CPython wants a C string: no NUL, and nothing UTF-8 cannot encode (a lone surrogate).
        if (!(name instanceof PyStr s) || s.toString().indexOf('\0') >= 0 || loneSurrogate(s.toString())) {
            throw PyErr.typeError("name must be a string");
        }
        return HashState.create(byName(s.toString()), string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new md5 hash object, fed with string if given.")
    static Object openssl_md5(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.MD5, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new sha1 hash object, fed with string if given.")
    static Object openssl_sha1(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHA1, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new sha224 hash object, fed with string if given.")
    static Object openssl_sha224(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHA224, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new sha256 hash object, fed with string if given.")
    static Object openssl_sha256(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHA256, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new sha384 hash object, fed with string if given.")
    static Object openssl_sha384(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHA384, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new sha512 hash object, fed with string if given.")
    static Object openssl_sha512(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHA512, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new sha3_224 hash object, fed with string if given.")
    static Object openssl_sha3_224(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHA3_224, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new sha3_256 hash object, fed with string if given.")
    static Object openssl_sha3_256(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHA3_256, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new sha3_384 hash object, fed with string if given.")
    static Object openssl_sha3_384(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHA3_384, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new sha3_512 hash object, fed with string if given.")
    static Object openssl_sha3_512(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHA3_512, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new shake_128 hash object, fed with string if given.")
    static Object openssl_shake_128(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHAKE_128, string);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new shake_256 hash object, fed with string if given.")
    static Object openssl_shake_256(@Opt Object string, @KwOnly @Opt("True") boolean usedforsecurity) {
        return HashState.create(Algorithm.SHAKE_256, string);
    }

    @PyMethod(doc = "Return 0: Kaa has no FIPS mode.")
    static int get_fips_mode() {
        return 0;
    }

    @PyMethod(positionalOnly = 0, doc = "Return the HMAC of msg under key, computed with the named digest.")
    static Object hmac_digest(Object key, Object msg, @Opt Object digest) {
        byte[] k = Buffers.read(key), data = Buffers.read(msg);
        if (digest == null) {
            throw PyErr.typeError("hmac_digest() missing required argument 'digest' (pos 3)");
        }
        Hmac h = Hmac.keyed(forMac(digestmod(digest)), k);
        HashState.feed(h.inner, data);
        return new PyBytes(h.digest());
    }

    @PyMethod(positionalOnly = 0, doc = "Return a new HMAC object keyed with key, fed with msg if given.")
    static Object hmac_new(Object key, @Opt Object msg, @Opt Object digestmod) {
        byte[] k = Buffers.read(key);
        if (digestmod == null) {
            throw PyErr.typeError("Missing required parameter 'digestmod'.");
        }
        HmacObject h = new HmacObject(Hmac.keyed(forMac(digestmod(digestmod)), k));
        if (msg != null && msg != PyNone.NONE) {
            h.feed(HashState.data(msg));
        }
        return h;
    }

    @PyMethod(doc = "Return a == b, in a time that does not depend on where they differ.")
    static boolean compare_digest(Object a, Object b) {
        byte[] x, y;
        if (a instanceof PyStr s && b instanceof PyStr t) {
            if (!ascii(s.toString()) || !ascii(t.toString())) {
                throw PyErr.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = s.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = t.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            if (!buffer(a) && !buffer(b)) {
                throw PyErr.typeError("unsupported operand types(s) or combination of types: '%T' and '%T'", a, b);
            }
            x = Buffers.read(a);
            y = Buffers.read(b);
        }
        // The loop runs over b whatever a holds, so the time tells only b's length.
        int diff = x.length ^ y.length;
        byte[] left = x.length == y.length ? x : y;
        for (int i = 0; i < y.length; i++) {
            diff |= left[i] ^ y[i];
        }
        return diff == 0;
    }

    private static boolean buffer(Object o) {
        return !(o instanceof PyStr) && Buffers.contiguousOrNull(o) != null
                || o instanceof dev.kaa.vm.objects.PyMemoryView;
    }

    private static boolean loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
