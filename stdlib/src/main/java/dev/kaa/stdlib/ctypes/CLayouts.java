package dev.kaa.stdlib.ctypes;

import dev.kaa.ext.Py;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The foreign function API's layouts for the C types ctypes passes, from the descriptions its
 * Python half gives: a type code ({@link CValues}), or for a structure or union passed by value
 * a tuple {@code (kind, size, align, ((offset, field), …))} with kind {@code "struct"} or
 * {@code "union"} and each field itself a description, or {@code ("array", length, item)} for
 * an array member. The linker reads the members to put the value in the right registers (the
 * System V ABI splits a small struct into integer and floating-point eightbytes).
 *
 * <p>Thread safety: stateless.
 */
final class CLayouts {
    private CLayouts() {}

    /** The layout of a description; null for {@code "v"} (void, a result only). */
    static MemoryLayout of(Object spec) {
        if (Py.isInstance(spec, Py.builtinType("str"))) {
            String code = Py.asString(spec);
            return code.equals("v") ? null : scalar(code.charAt(0));
        }
        String kind = Py.asString(Py.getItem(spec, Py.integer(0)));
        if (kind.equals("array")) {
            long n = Py.asLong(Py.getItem(spec, Py.integer(1)));
            return MemoryLayout.sequenceLayout(n, of(Py.getItem(spec, Py.integer(2))));
        }
        long size = Py.asLong(Py.getItem(spec, Py.integer(1)));
        long align = Py.asLong(Py.getItem(spec, Py.integer(2)));
        Object fields = Py.getItem(spec, Py.integer(3));
        return kind.equals("union") ? union(size, fields) : struct(size, align, fields);
    }

    /** The JVM's limit on a method's parameter slots, less what the linker adds. */
    private static final int MAX_SLOTS = 250;

    /**
     * Checks that a C signature fits a Java method handle (at most 255 parameter slots, a
     * {@code long} or {@code double} taking two): NotImplementedError otherwise, since the
     * foreign function API makes each downcall and upcall a method handle of that shape.
     */
    static void checkArity(MemoryLayout[] arguments) {
        int slots = 0;
        for (MemoryLayout m : arguments) {
            slots += m == ValueLayout.JAVA_LONG || m == ValueLayout.JAVA_DOUBLE ? 2 : 1;
        }
        if (slots > MAX_SLOTS) {
            throw Py.error(Py.builtinType("NotImplementedError"), "Kaa's ctypes cannot pass " + arguments.length
                    + " arguments: the foreign function API's method handles take at most 255 parameter slots");
        }
    }

    /** A scalar's layout: what a C compiler passes for it. */
    static MemoryLayout scalar(char code) {
        return switch (code) {
            case 'b', 'B', 'c', '?' -> ValueLayout.JAVA_BYTE;
            case 'h', 'H' -> ValueLayout.JAVA_SHORT;
            case 'i', 'I', 'u' -> ValueLayout.JAVA_INT;
            case 'l', 'L', 'q', 'Q' -> ValueLayout.JAVA_LONG;
            case 'f' -> ValueLayout.JAVA_FLOAT;
            case 'd' -> ValueLayout.JAVA_DOUBLE;
            case 'P', 'z', 'Z', 'O' -> ValueLayout.ADDRESS;
            case 'g' -> throw Py.error(Py.builtinType("NotImplementedError"),
                    "passing or returning a long double is not supported by Kaa's ctypes");
            default -> throw Py.typeError("unknown C type code '" + code + "'");
        };
    }

    private static MemoryLayout struct(long size, long align, Object fields) {
        // Bit fields share their storage unit's offset: one member per offset.
        TreeMap<Long, MemoryLayout> byOffset = new TreeMap<>();
        for (Object f : Py.iterate(fields)) {
            long offset = Py.asLong(Py.getItem(f, Py.integer(0)));
            MemoryLayout layout = of(Py.getItem(f, Py.integer(1)));
            MemoryLayout old = byOffset.get(offset);
            if (old == null || old.byteSize() < layout.byteSize()) {
                byOffset.put(offset, layout);
            }
        }
        List<MemoryLayout> members = new ArrayList<>();
        long at = 0;
        for (var e : byOffset.entrySet()) {
            long offset = e.getKey();
            if (offset < at) {
                continue;
            }
            if (offset > at) {
                members.add(MemoryLayout.paddingLayout(offset - at));
            }
            MemoryLayout m = e.getValue();
            if (offset % m.byteAlignment() != 0) {
                m = m.withByteAlignment(1);
            }
            members.add(m);
            at = offset + m.byteSize();
        }
        if (size > at) {
            members.add(MemoryLayout.paddingLayout(size - at));
        }
        MemoryLayout s = MemoryLayout.structLayout(members.toArray(MemoryLayout[]::new));
        return s.byteSize() % s.byteAlignment() == 0 ? s : s.withByteAlignment(Math.max(1, align));
    }

    private static MemoryLayout union(long size, Object fields) {
        List<MemoryLayout> members = new ArrayList<>();
        for (Object f : Py.iterate(fields)) {
            members.add(of(Py.getItem(f, Py.integer(1))));
        }
        long largest = members.stream().mapToLong(MemoryLayout::byteSize).max().orElse(0);
        if (size > largest) {
            members.add(MemoryLayout.paddingLayout(size));
        }
        return MemoryLayout.unionLayout(members.toArray(MemoryLayout[]::new));
    }
}
