package dev.kaa.vm.objects;

/**
 * The special methods that a type holds as slots: each is resolved once per type (when the type
 * is made, and again when one of its classes assigns the name) and called directly afterwards.
 * A built-in type fills a slot from its Java method of the same name; a class written in Python
 * gets a function that calls the Python method, unless it inherits a built-in one unchanged.
 *
 * <p>Thread safety: immutable.
 */
public enum Slot {
    __repr__(Kind.UNARY), __str__(Kind.UNARY), __hash__(Kind.UNARY), __bool__(Kind.UNARY),
    __len__(Kind.UNARY), __iter__(Kind.UNARY), __next__(Kind.UNARY), __index__(Kind.UNARY),
    __int__(Kind.UNARY), __float__(Kind.UNARY), __complex__(Kind.UNARY),
    __neg__(Kind.UNARY), __pos__(Kind.UNARY), __abs__(Kind.UNARY), __invert__(Kind.UNARY),
    __await__(Kind.UNARY), __aiter__(Kind.UNARY), __anext__(Kind.UNARY),

    __getattribute__(Kind.BINARY), __getattr__(Kind.BINARY), __setattr__(Kind.TERNARY),
    __delattr__(Kind.BINARY),
    __getitem__(Kind.BINARY), __setitem__(Kind.TERNARY), __delitem__(Kind.BINARY),
    __contains__(Kind.BINARY), __missing__(Kind.BINARY),
    __get__(Kind.TERNARY), __set__(Kind.TERNARY), __delete__(Kind.BINARY),

    __eq__(Kind.BINARY), __ne__(Kind.BINARY), __lt__(Kind.BINARY), __le__(Kind.BINARY),
    __gt__(Kind.BINARY), __ge__(Kind.BINARY),

    __add__(Kind.BINARY), __radd__(Kind.BINARY), __iadd__(Kind.BINARY),
    __and__(Kind.BINARY), __rand__(Kind.BINARY), __iand__(Kind.BINARY),
    __floordiv__(Kind.BINARY), __rfloordiv__(Kind.BINARY), __ifloordiv__(Kind.BINARY),
    __lshift__(Kind.BINARY), __rlshift__(Kind.BINARY), __ilshift__(Kind.BINARY),
    __matmul__(Kind.BINARY), __rmatmul__(Kind.BINARY), __imatmul__(Kind.BINARY),
    __mul__(Kind.BINARY), __rmul__(Kind.BINARY), __imul__(Kind.BINARY),
    __mod__(Kind.BINARY), __rmod__(Kind.BINARY), __imod__(Kind.BINARY),
    __or__(Kind.BINARY), __ror__(Kind.BINARY), __ior__(Kind.BINARY),
    __pow__(Kind.BINARY), __rpow__(Kind.BINARY), __ipow__(Kind.BINARY),
    __rshift__(Kind.BINARY), __rrshift__(Kind.BINARY), __irshift__(Kind.BINARY),
    __sub__(Kind.BINARY), __rsub__(Kind.BINARY), __isub__(Kind.BINARY),
    __truediv__(Kind.BINARY), __rtruediv__(Kind.BINARY), __itruediv__(Kind.BINARY),
    __xor__(Kind.BINARY), __rxor__(Kind.BINARY), __ixor__(Kind.BINARY),
    __divmod__(Kind.BINARY), __rdivmod__(Kind.BINARY),

    __call__(Kind.CALL), __init__(Kind.CALL),
    /** {@code __new__}: the slot's {@code self} is the class being instantiated. */
    __new__(Kind.CALL);

    /** The Java shape of a slot's function: {@link Fn}. */
    public enum Kind { UNARY, BINARY, TERNARY, CALL }

    public final Kind kind;

    Slot(Kind kind) {
        this.kind = kind;
    }

    static final Slot[] VALUES = values();

    /**
     * True when CPython has a type slot for this name, so a built-in type's method of that name
     * is a {@code wrapper_descriptor}; {@code __missing__} and {@code __complex__} are slots in
     * Kaa only (found faster so) and stay plain methods in Python's eyes.
     */
    public boolean isCPythonSlot() {
        return this != __missing__ && this != __complex__;
    }

    /** The slot named {@code name}, or null when the name is not a slot. */
    public static Slot of(String name) {
        if (name.length() < 5 || !name.startsWith("__") || !name.endsWith("__")) {
            return null;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException notASlot) {
            return null;
        }
    }
}
