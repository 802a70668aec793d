package dev.kaa.vm.modules.random;

import dev.kaa.vm.modules.CollectionsSubclassable;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * {@code _random.Random}: the Mersenne Twister with CPython's seeding (an int's absolute value
 * as 32-bit words, other objects by their hash, None from system entropy), its 53-bit
 * {@code random()}, {@code getrandbits(k)} and its 625-item state tuples. {@code random.Random}
 * subclasses it.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PyRandom extends CollectionsSubclassable {
    public static final PyType TYPE = PyType.builtin("_random.Random", PyRandom.class, MethodHandles.lookup(),
            PyType.BASETYPE);

    private static final SecureRandom ENTROPY = new SecureRandom();
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private final MersenneTwister mt = new MersenneTwister();

    private PyRandom(PyType cls) {
        super(cls, false);
    }

    /** Unseeded: the state is all zeros until {@code __init__} or {@code seed} runs. */
    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (cls == TYPE && kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("Random() takes no keyword arguments");
        }
        return new PyRandom(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("Random() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyErr.typeError("Random() requires 0 or 1 argument");
        }
        seedFrom(args.length == 0 ? PyNone.NONE : args[0]);
    }

    @PyMethod(doc = "seed([n]) -> None.\n\nSeeds from n, or from system entropy when n is None or missing.")
    Object seed(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("Random.seed() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyErr.typeError("seed expected at most 1 argument, got %d", args.length);
        }
        seedFrom(args.length == 0 ? PyNone.NONE : args[0]);
        return PyNone.NONE;
    }

    private void seedFrom(Object arg) {
        if (arg == PyNone.NONE) {
            int[] key = new int[MersenneTwister.N];
            for (int i = 0; i < key.length; i++) {
                key[i] = ENTROPY.nextInt();
            }
            mt.seedArray(key);
            return;
        }
        BigInteger n;
        if (arg instanceof PyInt i) {
            n = i.bigValue().abs();
        } else {
            // Other objects seed by their hash, taken as an unsigned 64-bit number.
            long h = Abstract.hash(arg);
            n = h >= 0 ? BigInteger.valueOf(h) : BigInteger.valueOf(h).add(TWO_64);
        }
        mt.seedArray(words(n));
    }

    /** The 32-bit words of a non-negative number, least significant first; zero is one word. */
    static int[] words(BigInteger n) {
        int count = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[count];
        for (int i = 0; i < count; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        return key;
    }

    @PyMethod(doc = "A float drawn uniformly from [0.0, 1.0).")
    double random() {
        return mt.nextDouble();
    }

    @PyMethod(doc = "A non-negative int of k random bits.")
    Object getrandbits(Object kArg) {
        int k = Abstract.asInt(kArg);
        if (k < 0) {
            throw PyErr.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return PyInt.ZERO;
        }
        if (k <= 32) {
            return PyInt.of((mt.next() & 0xffffffffL) >>> (32 - k));
        }
        // Words from the least significant up; the last keeps only its top bits.
        int words = (k + 31) / 32;
        byte[] be = new byte[words * 4 + 1];
        int left = k;
        for (int w = 0; w < words; w++, left -= 32) {
            long r = mt.next() & 0xffffffffL;
            if (left < 32) {
                r >>>= 32 - left;
            }
            int at = be.length - 4 * (w + 1);
            be[at] = (byte) (r >>> 24);
            be[at + 1] = (byte) (r >>> 16);
            be[at + 2] = (byte) (r >>> 8);
            be[at + 3] = (byte) r;
        }
        return PyInt.of(new BigInteger(be));
    }

    @PyMethod(doc = "The generator's internal state, as a tuple setstate() accepts.")
    Object getstate() {
        Object[] items = new Object[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) {
            items[i] = PyInt.of(mt.mt[i] & 0xffffffffL);
        }
        items[MersenneTwister.N] = PyInt.of(mt.index);
        return new PyTuple(items);
    }

    @PyMethod(doc = "Put back a state that getstate() gave.")
    void setstate(Object state) {
        if (!(state instanceof PyTuple t)) {
            throw PyErr.typeError("state vector must be a tuple");
        }
        if (t.size() != MersenneTwister.N + 1) {
            throw PyErr.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < words.length; i++) {
            words[i] = (int) unsignedLong(t.get(i));
        }
        int index = Abstract.asInt(t.get(MersenneTwister.N));
        if (index < 0 || index > MersenneTwister.N) {
            throw PyErr.valueError("invalid state");
        }
        System.arraycopy(words, 0, mt.mt, 0, words.length);
        mt.index = index;
    }

    /**
     * The generator's state lives outside any instance dictionary, so the default pickling
     * would lose it: like CPython's, a {@code _random.Random} refuses to be pickled
     * ({@code random.Random} pickles itself with its own {@code __reduce__}).
     */
    @PyMethod
    Object __getstate__() {
        throw PyErr.typeError("cannot pickle '_random.Random' object");
    }

    /** C's {@code PyLong_AsUnsignedLong}: an int (no {@code __index__}) in [0, 2**64). */
    private static long unsignedLong(Object o) {
        if (!(o instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyErr.overflowError("can't convert negative value to unsigned int");
        }
        if (i.isLong()) {
            return i.longValue();
        }
        if (i.bigValue().bitLength() > 64) {
            throw PyErr.overflowError("Python int too large to convert to C unsigned long");
        }
        return i.bigValue().longValue();
    }

}
