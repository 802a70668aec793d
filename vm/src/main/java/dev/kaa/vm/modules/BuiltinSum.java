package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyStr;

/**
 * {@code sum(iterable, /, start=0)} as CPython 3.13 computes it: exact ints accumulate in a
 * {@code long} while they fit, floats with Neumaier's compensated summation (3.12+, so
 * {@code sum([0.1] * 10) == 1.0}), anything else through {@code +}. Each fast path is left for
 * good at the first item it cannot take, and the result so far carries on through the next one.
 *
 * <p>Thread safety: stateless.
 */
final class BuiltinSum {
    private BuiltinSum() {}

    static Object sum(Object iterable, Object start) {
        Object it = Abstract.iter(iterable);
        Object result = start == null ? PyInt.ZERO : start;
        rejectSequenceStart(result);
        Object item = null;
        if (result.getClass() == PyInt.class && ((PyInt) result).isLong()) {
            long acc = ((PyInt) result).longValue();
            while ((item = Abstract.next(it)) != null) {
                if (isIntOrBool(item) && ((PyInt) item).isLong()) {
                    long x = ((PyInt) item).longValue();
                    long s = acc + x;
                    // Overflow when both operands' signs differ from the sum's.
                    if (((acc ^ s) & (x ^ s)) >= 0) {
                        acc = s;
                        continue;
                    }
                }
                break;
            }
            result = PyInt.of(acc);
            if (item == null) {
                return result;
            }
            result = Abstract.binaryOp(result, item, BinaryOp.ADD);
        }
        if (result.getClass() == PyFloat.class) {
            Compensated acc = new Compensated(((PyFloat) result).doubleValue());
            while ((item = Abstract.next(it)) != null) {
                if (item.getClass() == PyFloat.class) {
                    acc.add(((PyFloat) item).doubleValue());
                } else if (item instanceof PyInt i && i.isLong()) {
                    acc.add((double) i.longValue());
                } else {
                    break;
                }
            }
            result = new PyFloat(acc.value());
            if (item == null) {
                return result;
            }
            result = Abstract.binaryOp(result, item, BinaryOp.ADD);
        }
        while ((item = Abstract.next(it)) != null) {
            result = Abstract.binaryOp(result, item, BinaryOp.ADD);
        }
        return result;
    }

    private static boolean isIntOrBool(Object o) {
        return o.getClass() == PyInt.class || o instanceof PyBool;
    }

    /** Strings and bytes are refused as a start, pointing to {@code join}. */
    private static void rejectSequenceStart(Object start) {
        if (start instanceof PyStr) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw PyErr.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start instanceof PyByteArray) {
            throw PyErr.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
    }

    /**
     * A Neumaier running sum: {@code hi} the rounded sum, {@code lo} the rounding errors so far.
     * The correction is added at the end only when it is finite and non-zero, so that infinities
     * and NaNs come out as plain summation gives them, and {@code -0.0} survives.
     */
    static final class Compensated {
        private double hi, lo;

        Compensated(double start) {
            hi = start;
        }

        void add(double x) {
            double t = hi + x;
            if (Math.abs(hi) >= Math.abs(x)) {
                lo += (hi - t) + x;
            } else {
                lo += (x - t) + hi;
            }
            hi = t;
        }

        double value() {
            return lo != 0.0 && Double.isFinite(lo) ? hi + lo : hi;
        }
    }
}
