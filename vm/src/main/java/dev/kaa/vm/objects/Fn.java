package dev.kaa.vm.objects;

/**
 * The shapes a type slot's function takes. A slot holds one of these; the interpreter calls it
 * directly, with no name lookup and no reflection.
 */
public final class Fn {
    private Fn() {}

    /** {@code self.__x__()}: {@code __repr__}, {@code __iter__}, {@code __neg__} … */
    @FunctionalInterface
    public interface Unary {
        Object call(Object self);
    }

    /** {@code self.__x__(a)}: binary operators, {@code __getitem__}, {@code __getattribute__} … */
    @FunctionalInterface
    public interface Binary {
        Object call(Object self, Object a);
    }

    /** {@code self.__x__(a, b)}: {@code __setitem__}, {@code __setattr__}, {@code __get__} … */
    @FunctionalInterface
    public interface Ternary {
        Object call(Object self, Object a, Object b);
    }

    /**
     * A call with positional and keyword arguments, in CPython's vectorcall layout: {@code args}
     * holds the positional values followed by one value per name in {@code kwnames}
     * (null when there are none). {@code args} may be reused by the callee; callers never keep it.
     */
    @FunctionalInterface
    public interface Call {
        Object call(Object self, Object[] args, String[] kwnames);
    }
}
