package dev.kaa.vm.objects;

/**
 * The int/str conversion limit ({@code sys.set_int_max_str_digits}); the interpreter's value is
 * read through the current thread state once the VM runs, the default before.
 *
 * <p>Thread safety: stateless; reads the current interpreter's setting.
 */
public final class IntLimits {
    private IntLimits() {}

    private static final ThreadLocal<int[]> CURRENT = ThreadLocal.withInitial(() -> new int[] {4300});

    public static int maxStrDigits() {
        return CURRENT.get()[0];
    }

    /** Sets the limit seen by this thread (the interpreter sets it for each of its threads). */
    public static void setMaxStrDigits(int digits) {
        CURRENT.get()[0] = digits;
    }
}
