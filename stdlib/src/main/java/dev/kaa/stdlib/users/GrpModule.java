package dev.kaa.stdlib.users;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code grp}: the group database, asked through the C library ({@code getgrgid_r},
 * {@code getgrnam_r}, {@code getgrent}) as {@link PwdModule} asks for users. Linux on a 64-bit
 * machine: {@code struct group} is two pointers, a 32-bit id (padded to 8 bytes) and a
 * NULL-terminated array of member names.
 *
 * <p>Thread safety: lookups are reentrant; {@link #getgrall} is serialised ({@code getgrent}
 * has one cursor per process).
 */
public final class GrpModule implements ExtensionModule {
    /** {@code struct group}: gr_name, gr_passwd, gr_gid, gr_mem. */
    private static final long SIZE = 32;

    private static final FunctionDescriptor REENTRANT = FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS);
    private static final MethodHandle GETGRGID_R = Libc.function("getgrgid_r",
            REENTRANT.insertArgumentLayouts(0, ValueLayout.JAVA_INT));
    private static final MethodHandle GETGRNAM_R = Libc.function("getgrnam_r",
            REENTRANT.insertArgumentLayouts(0, ValueLayout.ADDRESS));
    private static final MethodHandle SETGRENT = Libc.function("setgrent", FunctionDescriptor.ofVoid());
    private static final MethodHandle GETGRENT = Libc.function("getgrent", FunctionDescriptor.of(ValueLayout.ADDRESS));
    private static final MethodHandle ENDGRENT = Libc.function("endgrent", FunctionDescriptor.ofVoid());

    private static PythonType structGroup;

    @Override public String name() {
        return "grp";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("The Unix group database.\n\n"
                + "An entry is a struct_group, a 4-tuple (gr_name, gr_passwd, gr_gid, gr_mem) whose items are\n"
                + "also attributes of those names: the group's name, its password (usually empty or 'x'), its\n"
                + "numeric id and the list of its members' names. Users whose primary group it is are often\n"
                + "not among the members; the password database lists those.");
        m.addFunctions(GrpModule.class, MethodHandles.lookup());
        structGroup = m.addStructSequence("struct_group",
                "grp.struct_group: an entry of the group database.\n\n"
                + "A tuple (gr_name, gr_passwd, gr_gid, gr_mem), whose items are also the attributes of\n"
                + "those names.",
                4, "gr_name", "gr_passwd", "gr_gid", "gr_mem");
    }

    @PyMethod(positionalOnly = 0, doc = "getgrgid($module, /, id)\n--\n\n"
            + "The group database entry of the group with this numeric id; KeyError if there is none.")
    static Object getgrgid(Object id) {
        long gid = Accounts.of(id, "gid");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment entry = Accounts.lookup(arena, SIZE, (struct, buffer, size, result) ->
                    Libc.call(GETGRGID_R, state, (int) gid, struct, buffer, size, result));
            if (entry == null) {
                throw Py.keyError(Py.str("getgrgid(): gid not found: " + Py.repr(Accounts.toPython(gid))));
            }
            return entry(entry);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "getgrnam($module, /, name)\n--\n\n"
            + "The group database entry of the group with this name; KeyError if there is none.")
    static Object getgrnam(Object name) {
        if (!Py.isInstance(name, Py.builtinType("str"))) {
            throw Py.typeError("getgrnam() argument 1 must be str, not " + Py.typeOf(name).name());
        }
        byte[] bytes = Accounts.name(name);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment cName = Libc.string(arena, bytes);
            MemorySegment entry = Accounts.lookup(arena, SIZE, (struct, buffer, size, result) ->
                    Libc.call(GETGRNAM_R, state, cName, struct, buffer, size, result));
            if (entry == null) {
                throw Py.keyError(Py.str("getgrnam(): name not found: " + Py.repr(name)));
            }
            return entry(entry);
        }
    }

    @PyMethod(doc = "getgrall($module, /)\n--\n\n"
            + "Every entry of the group database, as a list, in the database's order.")
    static Object getgrall() {
        return Accounts.all(SETGRENT, GETGRENT, ENDGRENT, SIZE, GrpModule::entry);
    }

    private static Object entry(MemorySegment g) {
        List<Object> members = new ArrayList<>();
        MemorySegment array = Accounts.pointer(g, 24);
        if (array.address() != 0) {
            MemorySegment names = array.reinterpret(Long.MAX_VALUE);
            for (long i = 0; ; i += 8) {
                MemorySegment member = names.get(ValueLayout.ADDRESS, i);
                if (member.address() == 0) {
                    break;
                }
                members.add(Accounts.text(member));
            }
        }
        return Py.structSequence(structGroup,
                Accounts.text(Accounts.pointer(g, 0)),
                Accounts.text(Accounts.pointer(g, 8)),
                Accounts.toPython(Integer.toUnsignedLong(g.get(ValueLayout.JAVA_INT, 16))),
                Py.list(members.toArray()));
    }
}
