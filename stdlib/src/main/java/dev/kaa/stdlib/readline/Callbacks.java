package dev.kaa.stdlib.readline;

import dev.kaa.ext.GilRelease;
import dev.kaa.ext.Py;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The C functions readline calls back: the startup and pre-input hooks, the attempted-completion
 * function with its entry function (which asks the Python completer for {@code (text, state)}
 * until it answers None), the display-matches hook and the line handler of readline's callback
 * interface. Each takes the GIL ({@link Py#holdGil}) before it touches a Python object, since
 * readline calls them while {@code input()} waits without it; nothing may escape a stub (the JVM
 * would stop), so an exception in a Python hook is dropped, as CPython drops it.
 *
 * <p>Thread safety: the Python functions are volatile fields; begidx and endidx are written by
 * completion, which runs on the thread that holds {@link LineEditor}'s lock.
 */
final class Callbacks {
    static volatile Object completer;
    static volatile Object startupHook;
    static volatile Object preInputHook;
    static volatile Object displayMatchesHook;
    static volatile int begidx;
    static volatile int endidx;

    final MemorySegment startupStub;
    final MemorySegment preInputStub;
    final MemorySegment attemptedCompletionStub;
    final MemorySegment completionEntryStub;
    final MemorySegment displayMatchesStub;

    private final GnuReadline rl;

    Callbacks(GnuReadline rl) {
        this.rl = rl;
        var hook = FunctionDescriptor.of(ValueLayout.JAVA_INT);
        startupStub = stub("startup", MethodType.methodType(int.class), hook);
        preInputStub = stub("preInput", MethodType.methodType(int.class), hook);
        attemptedCompletionStub = stub("attemptedCompletion",
                MethodType.methodType(MemorySegment.class, MemorySegment.class, int.class, int.class),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                        ValueLayout.JAVA_INT));
        completionEntryStub = stub("completionEntry",
                MethodType.methodType(MemorySegment.class, MemorySegment.class, int.class),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        displayMatchesStub = stub("displayMatches",
                MethodType.methodType(void.class, MemorySegment.class, int.class, int.class),
                FunctionDescriptor.ofVoid(GnuReadline.DEREF, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    /** An upcall stub calling this object's method {@code name}; it lives as long as the process. */
    MemorySegment stub(String name, MethodType type, FunctionDescriptor descriptor) {
        try {
            var target = MethodHandles.lookup().findVirtual(Callbacks.class, name, type).bindTo(this);
            return Linker.nativeLinker().upcallStub(target, descriptor, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private int startup() {
        return callHook(startupHook);
    }

    private int preInput() {
        return callHook(preInputHook);
    }

    /** A hook's answer as C's int: None is 0; an error is dropped (0). */
    private static int callHook(Object hook) {
        if (hook == null) {
            return 0;
        }
        try (GilRelease held = Py.holdGil()) {
            try {
                Object r = Py.call(hook);
                return r == Py.none() ? 0 : (int) Py.asLong(r);
            } catch (RuntimeException e) {
                return 0;
            }
        } catch (RuntimeException | Error e) {
            return 0;
        }
    }

    /**
     * readline's attempted-completion function: records where the word starts and ends (in
     * characters of the decoded line, as CPython gives them) and collects the completer's matches.
     */
    private MemorySegment attemptedCompletion(MemorySegment text, int start, int end) {
        try {
            GnuReadline.setInt(rl.completionAppendCharacter, 0);
            GnuReadline.setInt(rl.completionSuppressAppend, 0);
            byte[] line = GnuReadline.getString(rl.lineBuffer);
            try (GilRelease held = Py.holdGil()) {
                begidx = charCount(line, start);
                endidx = charCount(line, end);
            }
            return GnuReadline.callPointer(rl.completionMatches, text, completionEntryStub);
        } catch (RuntimeException | Error e) {
            return MemorySegment.NULL;
        }
    }

    /** How many characters the first {@code n} bytes of the line decode to. */
    private static int charCount(byte[] line, int n) {
        if (line == null) {
            return 0;
        }
        byte[] head = java.util.Arrays.copyOf(line, Math.max(0, Math.min(n, line.length)));
        return (int) Py.len(ReadlineModule.decode(head));
    }

    /** readline's completion entry function: the completer's answer for (text, state), or NULL. */
    private MemorySegment completionEntry(MemorySegment text, int state) {
        Object function = completer;
        if (function == null) {
            return MemorySegment.NULL;
        }
        try {
            GnuReadline.setInt(rl.attemptedCompletionOver, 1);
            byte[] answer;
            try (GilRelease held = Py.holdGil()) {
                Object r = Py.call(function, ReadlineModule.decode(Libc.stringBytes(text)), Py.integer(state));
                if (r == Py.none()) {
                    return MemorySegment.NULL;
                }
                answer = ReadlineModule.encode(r);
            }
            return rl.mallocString(answer);
        } catch (RuntimeException | Error e) {
            return MemorySegment.NULL;
        }
    }

    /** readline's display-matches hook: hook(substitution, [matches], longest_match_length). */
    private void displayMatches(MemorySegment matches, int count, int maxLength) {
        Object hook = displayMatchesHook;
        if (hook == null) {
            return;
        }
        try (GilRelease held = Py.holdGil()) {
            Object[] list = new Object[count];
            for (int i = 0; i < count; i++) {
                list[i] = ReadlineModule.decode(stringAt(matches, i + 1));
            }
            Py.call(hook, ReadlineModule.decode(stringAt(matches, 0)), Py.list(list), Py.integer(maxLength));
        } catch (RuntimeException | Error e) {
            // Dropped, as CPython drops a display hook's error.
        }
    }

    private static byte[] stringAt(MemorySegment array, int i) {
        byte[] s = Libc.stringBytes(array.getAtIndex(ValueLayout.ADDRESS, i));
        return s == null ? new byte[0] : s;
    }
}
