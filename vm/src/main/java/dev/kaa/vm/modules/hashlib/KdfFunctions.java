package dev.kaa.vm.modules.hashlib;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * {@code _hashlib.pbkdf2_hmac} and {@code _hashlib.scrypt}: their arguments checked in
 * CPython's order and words, the derivation run with the GIL released.
 *
 * <p>Thread safety: stateless.
 */
final class KdfFunctions {
    private KdfFunctions() {}

    private static final BigInteger UNSIGNED_LONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** Adds the functions to {@code m}. */
    static void functions(PyModule m) {
        Exposer.functions(KdfFunctions.class, MethodHandles.lookup(), "_hashlib", m).forEach(m::put);
    }

    @PyMethod(positionalOnly = 0, doc = "Password-based key derivation function 2 (PKCS #5 v2.0) with HMAC as "
            + "the pseudorandom function.")
    static Object pbkdf2_hmac(String hash_name, Object password, Object salt, Object iterations, @Opt Object dklen) {
        if (hash_name.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        byte[] pw = Buffers.read(password), s = Buffers.read(salt);
        long rounds = Abstract.asLong(iterations);
        Algorithm alg = HashlibModule.byName(hash_name);
        if (rounds < 1) {
            throw PyErr.valueError("iteration value must be greater than 0.");
        }
        if (rounds > Integer.MAX_VALUE) {
            throw PyErr.overflowError("iteration value is too great.");
        }
        // SHAKE has no fixed size: OpenSSL's nominal one passes these checks, then PBKDF2 refuses it.
        long length = dklen == null || dklen == PyNone.NONE ? Math.max(alg.digestSize, 1) : Abstract.asLong(dklen);
        if (length < 1) {
            throw PyErr.valueError("key length must be greater than 0.");
        }
        if (length > Integer.MAX_VALUE) {
            throw PyErr.overflowError("key length is too great.");
        }
        HashlibModule.forMac(alg);
        byte[] key;
        try (var unlocked = ThreadState.releaseGil()) {
            key = Pbkdf2.derive(alg, pw, s, rounds, (int) length);
        } catch (OutOfMemoryError e) {
            throw PyErr.memoryError();
        }
        return new PyBytes(key);
    }

    @PyMethod(positionalOnly = 0, doc = "Derive a key from a password and salt with scrypt (RFC 7914).")
    static Object scrypt(Object password, @KwOnly @Opt Object salt, @Opt Object n, @Opt Object r, @Opt Object p,
            @Opt Object maxmem, @Opt Object dklen) {
        byte[] pw = Buffers.read(password);
        byte[] s = salt == null || salt == PyNone.NONE ? null : Buffers.read(salt);
        intArgument("n", n);
        intArgument("r", r);
        intArgument("p", p);
        long mem = maxmem == null ? 0 : Abstract.asLong(maxmem);
        long length = dklen == null ? 64 : Abstract.asLong(dklen);
        if (s == null) {
            throw PyErr.typeError("salt is required");
        }
        long cost = unsignedLong("n", n);
        if (Long.compareUnsigned(cost, 2) < 0 || (cost & (cost - 1)) != 0) {
            throw PyErr.valueError("n must be a power of 2.");
        }
        long blockSize = unsignedLong("r", r), parallel = unsignedLong("p", p);
        if (mem < 0 || mem > Integer.MAX_VALUE) {
            throw PyErr.valueError("maxmem must be positive and smaller than %d", Integer.MAX_VALUE);
        }
        if (length < 1 || length > Integer.MAX_VALUE) {
            throw PyErr.valueError("dklen must be greater than 0 and smaller than %d", Integer.MAX_VALUE);
        }
        String refusal = Scrypt.refusal(cost, blockSize, parallel, mem);
        if (refusal != null) {
            throw PyErr.valueError("%s", refusal);
        }
        // Accepted parameters keep n * r * 128 and p * r * 128 within maxmem, itself an int.
        byte[] key;
        try (var unlocked = ThreadState.releaseGil()) {
            key = Scrypt.derive(pw, s, (int) cost, (int) blockSize, (int) parallel, (int) length);
        } catch (OutOfMemoryError e) {
            throw PyErr.memoryError();
        }
        return new PyBytes(key);
    }

    /** Argument Clinic's check of an {@code int}-typed parameter (absent is allowed). */
    private static void intArgument(String name, Object value) {
        if (value != null && !(value instanceof PyInt)) {
            throw PyErr.typeError("scrypt() argument '%s' must be int, not %s", name,
                    value == PyNone.NONE ? "None" : Abstract.typeOf(value).messageName());
        }
    }

    /** A C {@code unsigned long} from an int argument, or the TypeError CPython raises for any failure. */
    private static long unsignedLong(String name, Object value) {
        if (value == null || ((PyInt) value).signum() < 0
                || ((PyInt) value).bigValue().compareTo(UNSIGNED_LONG_MAX) > 0) {
            throw PyErr.typeError("%s is required and must be an unsigned int", name);
        }
        return ((PyInt) value).bigValue().longValue();
    }
}
