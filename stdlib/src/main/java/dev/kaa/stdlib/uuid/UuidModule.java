package dev.kaa.stdlib.uuid;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.stdlib.internal.Libc;
import dev.kaa.stdlib.internal.NativeLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * {@code _uuid}: time-based UUIDs from the system's libuuid ({@code uuid_generate_time_safe}),
 * which {@code uuid.uuid1()} uses when it can, and which {@code uuid.getnode()} reads the
 * machine's hardware address from. Without libuuid the module cannot be imported, as CPython's
 * is absent when it was built without it.
 *
 * <p>Thread safety: stateless; libuuid serialises its own state (a clock file, or the uuidd
 * daemon).
 */
public final class UuidModule implements ExtensionModule {
    private static final int UUID_SIZE = 16;

    /** libuuid, its functions, or why it is not there (then the module does not import). */
    private record Uuid(MethodHandle generateTimeSafe, MethodHandle generateTime, String missing) {
        static Uuid load() {
            try {
                NativeLibrary lib = NativeLibrary.load("libuuid.so.1");
                FunctionDescriptor safe = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS);
                MethodHandle generateTimeSafe = lib.optionalFunction("uuid_generate_time_safe", safe).orElse(null);
                MethodHandle generateTime = lib.function("uuid_generate_time",
                        FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
                return new Uuid(generateTimeSafe, generateTime, null);
            } catch (UnsupportedOperationException e) {
                return new Uuid(null, null, e.getMessage());
            }
        }
    }

    private static final Uuid UUID = Uuid.load();

    @Override public String name() {
        return "_uuid";
    }

    @Override public void initialize(ModuleDefinition m) {
        if (UUID.missing() != null) {
            throw Py.error(Py.builtinType("ImportError"), "_uuid needs libuuid: " + UUID.missing());
        }
        m.addFunctions(UuidModule.class, MethodHandles.lookup());
        m.add("has_uuid_generate_time_safe", UUID.generateTimeSafe() != null ? 1 : 0);
        // Whether the node of a time-based UUID is a stable hardware address: set (to 0 on Linux)
        // by CPython releases after 3.13.0, which only macOS's and Windows's libraries promise.
        m.add("has_stable_extractable_node", 0);
    }

    @PyMethod(doc = "generate_time_safe($module, /)\n--\n\n"
            + "A new time-based UUID from libuuid, as (16 bytes, is_safe): is_safe is libuuid's answer, 0\n"
            + "when the UUID was made in a way that no other process can repeat, -1 when it was not\n"
            + "(None without uuid_generate_time_safe).")
    static Object generate_time_safe() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment uuid = arena.allocate(UUID_SIZE);
            Object safe;
            // libuuid may ask the uuidd daemon over a socket: let other threads run meanwhile.
            try (var released = Py.releaseGil()) {
                if (UUID.generateTimeSafe() != null) {
                    safe = (Integer) Libc.invoke(UUID.generateTimeSafe(), uuid);
                } else {
                    Libc.invoke(UUID.generateTime(), uuid);
                    safe = null;
                }
            }
            byte[] bytes = uuid.toArray(ValueLayout.JAVA_BYTE);
            return Py.tuple(Py.bytes(bytes), safe == null ? Py.none() : Py.integer((Integer) safe));
        }
    }
}
