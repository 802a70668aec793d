package dev.kaa.stdlib.readline;

import dev.kaa.stdlib.internal.Libc;
import dev.kaa.stdlib.internal.NativeLibrary;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The parts of the system's GNU readline ({@code libreadline.so.8}) and of the C library that
 * the {@code readline} module calls: functions as handles, global variables as segments. Loading
 * it fails with {@link UnsupportedOperationException} when the library is absent.
 *
 * <p>Thread safety: immutable; readline's own state is the process's and is used under
 * {@link ReadlineModule}'s lock or the GIL, as CPython uses it.
 */
final class GnuReadline {
    private static final AddressLayout PTR = ValueLayout.ADDRESS;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    /** A {@code char **} or a {@code HIST_ENTRY *} read through: the pointee's size is unknown. */
    static final AddressLayout DEREF = PTR.withTargetLayout(
            java.lang.foreign.MemoryLayout.sequenceLayout(Long.MAX_VALUE / 8, ValueLayout.JAVA_BYTE));

    final NativeLibrary lib;
    final NativeLibrary libc;

    final MethodHandle parseAndBind;
    final MethodHandle readInitFile;
    final MethodHandle insertText;
    final MethodHandle redisplay;
    final MethodHandle readHistory;
    final MethodHandle writeHistory;
    final MethodHandle appendHistory;
    final MethodHandle historyTruncateFile;
    final MethodHandle historyGet;
    final MethodHandle removeHistory;
    final MethodHandle freeHistoryEntry;
    final MethodHandle replaceHistoryEntry;
    final MethodHandle addHistory;
    final MethodHandle clearHistory;
    final MethodHandle usingHistory;
    final MethodHandle initialize;
    final MethodHandle variableBind;
    final MethodHandle completionMatches;
    final MethodHandle callbackHandlerInstall;
    final MethodHandle callbackReadChar;
    final MethodHandle callbackHandlerRemove;
    final MethodHandle callbackSigcleanup;
    final MethodHandle freeLineState;

    final MethodHandle malloc;
    final MethodHandle free;
    final MethodHandle isatty;
    final MethodHandle poll;
    final MethodHandle setlocale;

    /** {@code char *} variables. */
    final MemorySegment lineBuffer;
    final MemorySegment completerWordBreakCharacters;
    final MemorySegment readlineName;
    final MemorySegment libraryVersion;
    /** {@code int} variables. */
    final MemorySegment completionType;
    final MemorySegment completionAppendCharacter;
    final MemorySegment completionSuppressAppend;
    final MemorySegment attemptedCompletionOver;
    final MemorySegment readlineVersion;
    final MemorySegment historyLength;
    final MemorySegment historyBase;
    final MemorySegment catchSignals;
    final MemorySegment catchSigwinch;
    /** Function pointer variables. */
    final MemorySegment startupHook;
    final MemorySegment preInputHook;
    final MemorySegment attemptedCompletionFunction;
    final MemorySegment displayMatchesHook;

    GnuReadline() {
        lib = NativeLibrary.load("libreadline.so.8", "libreadline.so");
        libc = NativeLibrary.load("libc.so.6");
        parseAndBind = lib.function("rl_parse_and_bind", FunctionDescriptor.of(INT, PTR));
        readInitFile = lib.function("rl_read_init_file", FunctionDescriptor.of(INT, PTR));
        insertText = lib.function("rl_insert_text", FunctionDescriptor.of(INT, PTR));
        redisplay = lib.function("rl_redisplay", FunctionDescriptor.ofVoid());
        readHistory = lib.function("read_history", FunctionDescriptor.of(INT, PTR));
        writeHistory = lib.function("write_history", FunctionDescriptor.of(INT, PTR));
        appendHistory = lib.function("append_history", FunctionDescriptor.of(INT, INT, PTR));
        historyTruncateFile = lib.function("history_truncate_file", FunctionDescriptor.of(INT, PTR, INT));
        historyGet = lib.function("history_get", FunctionDescriptor.of(DEREF, INT));
        removeHistory = lib.function("remove_history", FunctionDescriptor.of(PTR, INT));
        freeHistoryEntry = lib.function("free_history_entry", FunctionDescriptor.of(PTR, PTR));
        replaceHistoryEntry = lib.function("replace_history_entry", FunctionDescriptor.of(PTR, INT, PTR, PTR));
        addHistory = lib.function("add_history", FunctionDescriptor.ofVoid(PTR));
        clearHistory = lib.function("clear_history", FunctionDescriptor.ofVoid());
        usingHistory = lib.function("using_history", FunctionDescriptor.ofVoid());
        initialize = lib.function("rl_initialize", FunctionDescriptor.of(INT));
        variableBind = lib.function("rl_variable_bind", FunctionDescriptor.of(INT, PTR, PTR));
        completionMatches = lib.function("rl_completion_matches", FunctionDescriptor.of(PTR, PTR, PTR));
        callbackHandlerInstall = lib.function("rl_callback_handler_install", FunctionDescriptor.ofVoid(PTR, PTR));
        callbackReadChar = lib.function("rl_callback_read_char", FunctionDescriptor.ofVoid());
        callbackHandlerRemove = lib.function("rl_callback_handler_remove", FunctionDescriptor.ofVoid());
        callbackSigcleanup = lib.function("rl_callback_sigcleanup", FunctionDescriptor.ofVoid());
        freeLineState = lib.function("rl_free_line_state", FunctionDescriptor.ofVoid());

        malloc = libc.function("malloc", FunctionDescriptor.of(PTR, ValueLayout.JAVA_LONG));
        free = libc.function("free", FunctionDescriptor.ofVoid(PTR));
        isatty = libc.function("isatty", FunctionDescriptor.of(INT, INT));
        poll = libc.function("poll", FunctionDescriptor.of(INT, PTR, ValueLayout.JAVA_LONG, INT));
        setlocale = libc.function("setlocale", FunctionDescriptor.of(DEREF, INT, PTR));

        lineBuffer = pointer("rl_line_buffer");
        completerWordBreakCharacters = pointer("rl_completer_word_break_characters");
        readlineName = pointer("rl_readline_name");
        libraryVersion = pointer("rl_library_version");
        completionType = integer("rl_completion_type");
        completionAppendCharacter = integer("rl_completion_append_character");
        completionSuppressAppend = integer("rl_completion_suppress_append");
        attemptedCompletionOver = integer("rl_attempted_completion_over");
        readlineVersion = integer("rl_readline_version");
        historyLength = integer("history_length");
        historyBase = integer("history_base");
        catchSignals = integer("rl_catch_signals");
        catchSigwinch = integer("rl_catch_sigwinch");
        startupHook = pointer("rl_startup_hook");
        preInputHook = pointer("rl_pre_input_hook");
        attemptedCompletionFunction = pointer("rl_attempted_completion_function");
        displayMatchesHook = pointer("rl_completion_display_matches_hook");
    }

    private MemorySegment pointer(String name) {
        return lib.variable(name, PTR.byteSize());
    }

    private MemorySegment integer(String name) {
        return lib.variable(name, INT.byteSize());
    }

    static int getInt(MemorySegment variable) {
        return variable.get(INT, 0);
    }

    static void setInt(MemorySegment variable, int value) {
        variable.set(INT, 0, value);
    }

    /** The C string a {@code char *} variable points at; null for NULL. */
    static byte[] getString(MemorySegment variable) {
        return Libc.stringBytes(variable.get(PTR, 0));
    }

    /** Calls a handle of this class: its result as the handle gives it. */
    static Object call(MethodHandle function, Object... arguments) {
        return Libc.invoke(function, arguments);
    }

    static int callInt(MethodHandle function, Object... arguments) {
        return (Integer) Libc.invoke(function, arguments);
    }

    static MemorySegment callPointer(MethodHandle function, Object... arguments) {
        return (MemorySegment) Libc.invoke(function, arguments);
    }

    /**
     * A copy of {@code bytes} with its NUL in memory from {@code malloc}, for readline to keep or
     * free (a completion, the word delimiters).
     */
    MemorySegment mallocString(byte[] bytes) {
        MemorySegment s = callPointer(malloc, (long) bytes.length + 1).reinterpret(bytes.length + 1L);
        if (s.address() == 0) {
            throw new OutOfMemoryError("malloc");
        }
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, 0, bytes.length);
        s.set(ValueLayout.JAVA_BYTE, bytes.length, (byte) 0);
        return s;
    }

    /** A C string in {@code arena}. */
    static MemorySegment string(Arena arena, byte[] bytes) {
        return Libc.string(arena, bytes);
    }
}
