package dev.kaa.stdlib.users;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * {@code pwd}: the password database, asked through the C library ({@code getpwuid_r},
 * {@code getpwnam_r}, {@code getpwent}), so every source the system's name service switch
 * configures answers, as it does for CPython. Linux on a 64-bit machine: {@code struct passwd}
 * is five pointers and two 32-bit ids.
 *
 * <p>Thread safety: lookups are reentrant; {@link #getpwall} walks the database with
 * {@code getpwent}, which has one cursor per process, and is serialised.
 */
public final class PwdModule implements ExtensionModule {
    /** {@code struct passwd}: pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell. */
    private static final long SIZE = 48;

    private static final FunctionDescriptor REENTRANT = FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS);
    private static final MethodHandle GETPWUID_R = Libc.function("getpwuid_r",
            REENTRANT.insertArgumentLayouts(0, ValueLayout.JAVA_INT));
    private static final MethodHandle GETPWNAM_R = Libc.function("getpwnam_r",
            REENTRANT.insertArgumentLayouts(0, ValueLayout.ADDRESS));
    private static final MethodHandle SETPWENT = Libc.function("setpwent", FunctionDescriptor.ofVoid());
    private static final MethodHandle GETPWENT = Libc.function("getpwent", FunctionDescriptor.of(ValueLayout.ADDRESS));
    private static final MethodHandle ENDPWENT = Libc.function("endpwent", FunctionDescriptor.ofVoid());

    private static PythonType structPasswd;

    @Override public String name() {
        return "pwd";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("The Unix password database.\n\n"
                + "An entry is a struct_passwd, a 7-tuple (pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir,\n"
                + "pw_shell) whose items are also attributes of those names; the ids are integers, the rest\n"
                + "strings. Looking up an entry that does not exist raises KeyError.");
        m.addFunctions(PwdModule.class, MethodHandles.lookup());
        structPasswd = m.addStructSequence("struct_passwd",
                "pwd.struct_passwd: an entry of the password database.\n\n"
                + "A tuple (pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell), whose items are\n"
                + "also the attributes of those names.",
                7, "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell");
    }

    @PyMethod(doc = "getpwuid($module, uidobj, /)\n--\n\n"
            + "The password database entry of the user with this numeric id; KeyError if there is none.")
    static Object getpwuid(Object uidobj) {
        long uid;
        try {
            uid = Accounts.of(uidobj, "uid");
        } catch (PythonException e) {
            if (Accounts.isOverflow(e)) {
                throw Py.keyError(Py.str("getpwuid(): uid not found"));
            }
            throw e;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment entry = Accounts.lookup(arena, SIZE, (struct, buffer, size, result) ->
                    Libc.call(GETPWUID_R, state, (int) uid, struct, buffer, size, result));
            if (entry == null) {
                throw Py.keyError(Py.str("getpwuid(): uid not found: " + Py.repr(Accounts.toPython(uid))));
            }
            return entry(entry);
        }
    }

    @PyMethod(doc = "getpwnam($module, name, /)\n--\n\n"
            + "The password database entry of the user with this name; KeyError if there is none.")
    static Object getpwnam(Object name) {
        if (!Py.isInstance(name, Py.builtinType("str"))) {
            throw Py.typeError("getpwnam() argument must be str, not " + Py.typeOf(name).name());
        }
        byte[] bytes = Accounts.name(name);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment cName = Libc.string(arena, bytes);
            MemorySegment entry = Accounts.lookup(arena, SIZE, (struct, buffer, size, result) ->
                    Libc.call(GETPWNAM_R, state, cName, struct, buffer, size, result));
            if (entry == null) {
                throw Py.keyError(Py.str("getpwnam(): name not found: " + Py.repr(name)));
            }
            return entry(entry);
        }
    }

    @PyMethod(doc = "getpwall($module, /)\n--\n\n"
            + "Every entry of the password database, as a list, in the database's order.")
    static Object getpwall() {
        return Accounts.all(SETPWENT, GETPWENT, ENDPWENT, SIZE, PwdModule::entry);
    }

    private static Object entry(MemorySegment p) {
        return Py.structSequence(structPasswd,
                Accounts.text(Accounts.pointer(p, 0)),
                Accounts.text(Accounts.pointer(p, 8)),
                Accounts.toPython(Integer.toUnsignedLong(p.get(ValueLayout.JAVA_INT, 16))),
                Accounts.toPython(Integer.toUnsignedLong(p.get(ValueLayout.JAVA_INT, 20))),
                Accounts.text(Accounts.pointer(p, 24)),
                Accounts.text(Accounts.pointer(p, 32)),
                Accounts.text(Accounts.pointer(p, 40)));
    }
}
