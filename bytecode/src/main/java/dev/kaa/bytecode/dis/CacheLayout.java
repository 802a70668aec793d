package dev.kaa.bytecode.dis;

import dev.kaa.bytecode.Opcode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The named fields of each instruction's inline {@code CACHE} units in 3.13
 * ({@code opcode._cache_format}), which {@code dis} shows with {@code show_caches}. The sizes add
 * up to {@link Opcode#cacheEntries()}.
 *
 * <p>Thread safety: immutable.
 */
final class CacheLayout {
    /** One field: its name and its size in code units. */
    record Field(String name, int units) {}

    private static final Map<Opcode, List<Field>> LAYOUT = layout();

    private CacheLayout() {}

    /** The fields of {@code op}'s cache, empty if it has none. */
    static List<Field> of(Opcode op) {
        return LAYOUT.getOrDefault(op, List.of());
    }

    private static Map<Opcode, List<Field>> layout() {
        Map<Opcode, List<Field>> m = new EnumMap<>(Opcode.class);
        Field counter = new Field("counter", 1);
        for (Opcode op : List.of(Opcode.BINARY_OP, Opcode.UNPACK_SEQUENCE, Opcode.COMPARE_OP, Opcode.CONTAINS_OP,
                Opcode.BINARY_SUBSCR, Opcode.FOR_ITER, Opcode.LOAD_SUPER_ATTR, Opcode.STORE_SUBSCR, Opcode.SEND,
                Opcode.JUMP_BACKWARD, Opcode.POP_JUMP_IF_TRUE, Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_NONE,
                Opcode.POP_JUMP_IF_NOT_NONE)) {
            m.put(op, List.of(counter));
        }
        m.put(Opcode.LOAD_GLOBAL, List.of(counter, new Field("index", 1), new Field("module_keys_version", 1),
                new Field("builtin_keys_version", 1)));
        m.put(Opcode.LOAD_ATTR, List.of(counter, new Field("version", 2), new Field("keys_version", 2),
                new Field("descr", 4)));
        m.put(Opcode.STORE_ATTR, List.of(counter, new Field("version", 2), new Field("index", 1)));
        m.put(Opcode.CALL, List.of(counter, new Field("func_version", 2)));
        m.put(Opcode.TO_BOOL, List.of(counter, new Field("version", 2)));
        return m;
    }
}
