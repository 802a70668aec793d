package dev.kaa.stdlib.readline;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;

/**
 * {@code readline}: line editing, history and completion over the system's GNU readline
 * ({@code libreadline.so.8}), as CPython's module wraps it; absent (ImportError) without the
 * library. Importing it sets readline up as CPython does (TAB inserts itself until a binding
 * says {@code complete}, Python's word delimiters, no bracketed paste, no meta-key sequence when
 * standard output is no terminal) and makes {@code input()} edit its line with it on the terminal ({@link LineEditor}).
 * Text crosses to C as UTF-8 with {@code surrogateescape}.
 *
 * <p>Thread safety: readline's state is the process's; it is set up once ({@link #setUp}) and
 * then used under the GIL, or under {@link LineEditor}'s lock while a line is edited.
 */
public final class ReadlineModule implements ExtensionModule {
    /** CPython's completer delimiters. */
    private static final String DELIMS = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

    private static GnuReadline rl;
    private static Callbacks callbacks;
    private static LineEditor editor;
    /** The history length set_history_length gave (-1: unlimited): files are truncated to it. */
    private static volatile int historyLimit = -1;
    /** The delimiters this module gave readline, which it frees when it gives others. */
    private static MemorySegment delims = MemorySegment.NULL;

    @Override public String name() {
        return "readline";
    }

    @Override public void initialize(ModuleDefinition m) {
        try {
            setUp();
        } catch (UnsupportedOperationException e) {
            throw Py.error(Py.builtinType("ImportError"), e.getMessage());
        }
        m.doc("Importing this module enables command line editing using GNU readline.");
        m.addFunctions(ReadlineModule.class, MethodHandles.lookup());
        m.add("backend", Py.str("readline"));
        int version = GnuReadline.getInt(rl.readlineVersion);
        m.add("_READLINE_VERSION", Py.integer(version));
        m.add("_READLINE_RUNTIME_VERSION", Py.integer(version));
        m.add("_READLINE_LIBRARY_VERSION", decode(GnuReadline.getString(rl.libraryVersion)));
        Py.setLineReader(editor);
    }

    private static synchronized void setUp() {
        if (rl != null) {
            return;
        }
        GnuReadline r = new GnuReadline();
        Callbacks c = new Callbacks(r);
        GnuReadline.call(r.usingHistory);
        r.readlineName.set(ValueLayout.ADDRESS, 0, Arena.global().allocateFrom("python"));
        // TAB inserts a tab until the program binds it; Esc-TAB and Esc-Esc complete.
        bind(r, "\"\\t\": self-insert");
        bind(r, "\"\\e\\t\": complete");
        bind(r, "\"\\e\\e\": complete");
        r.startupHook.set(ValueLayout.ADDRESS, 0, c.startupStub);
        r.preInputHook.set(ValueLayout.ADDRESS, 0, c.preInputStub);
        r.attemptedCompletionFunction.set(ValueLayout.ADDRESS, 0, c.attemptedCompletionStub);
        delims = r.mallocString(DELIMS.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        r.completerWordBreakCharacters.set(ValueLayout.ADDRESS, 0, delims);
        GnuReadline.setInt(r.completionAppendCharacter, 0);
        // The JVM's signal handlers stay: Ctrl-C reaches Python's handler between polls.
        GnuReadline.setInt(r.catchSignals, 0);
        GnuReadline.setInt(r.catchSigwinch, 0);
        try (Arena arena = Arena.ofConfined()) {
            if (GnuReadline.callInt(r.isatty, 1) == 0) {
                // bpo-19884: no "\033[1034h" into a pipe.
                GnuReadline.call(r.variableBind, arena.allocateFrom("enable-meta-key"), arena.allocateFrom("off"));
            }
            // bpo-42819: no bracketed paste (its escape sequences, and a pasted block not run
            // line by line), unless an inputrc turns it back on.
            GnuReadline.call(r.variableBind, arena.allocateFrom("enable-bracketed-paste"), arena.allocateFrom("off"));
            // rl_initialize may set LC_CTYPE from the environment: put back the program's.
            final int lcCtype = 0;
            byte[] saved = dev.kaa.stdlib.internal.Libc.stringBytes(
                    GnuReadline.callPointer(r.setlocale, lcCtype, MemorySegment.NULL));
            GnuReadline.call(r.initialize);
            if (saved != null) {
                GnuReadline.call(r.setlocale, lcCtype, GnuReadline.string(arena, saved));
            }
        }
        callbacks = c;
        editor = new LineEditor(r);
        rl = r;
    }

    private static void bind(GnuReadline r, String line) {
        try (Arena arena = Arena.ofConfined()) {
            GnuReadline.call(r.parseAndBind, arena.allocateFrom(line));
        }
    }

    // ---- text between Python and C ---------------------------------------------------------------

    /** A C string's bytes as str (UTF-8, surrogateescape). */
    static Object decode(byte[] bytes) {
        return Py.callMethod(Py.bytes(bytes == null ? new byte[0] : bytes), "decode", Py.str("utf-8"),
                Py.str("surrogateescape"));
    }

    /** A str's bytes for C; CPython's words for anything else. */
    static byte[] encode(Object text) {
        if (!Py.isInstance(text, Py.builtinType("str"))) {
            throw Py.typeError("bad argument type for built-in operation");
        }
        byte[] b = Py.asBytes(Py.callMethod(text, "encode", Py.str("utf-8"), Py.str("surrogateescape")));
        for (byte x : b) {
            if (x == 0) {
                throw Py.valueError("embedded null character");
            }
        }
        return b;
    }

    /** A file name (str, bytes or path-like) as C takes it; NULL for None or absent (readline's default). */
    private static MemorySegment path(Arena arena, Object filename) {
        if (filename == null || filename == Py.none()) {
            return MemorySegment.NULL;
        }
        byte[] b = Py.asBytes(Py.callMethod(Py.importModule("os"), "fsencode", filename));
        for (byte x : b) {
            if (x == 0) {
                throw Py.valueError("embedded null byte");
            }
        }
        return GnuReadline.string(arena, b);
    }

    private static int cInt(long v) {
        if (v > Integer.MAX_VALUE) {
            throw Py.overflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Py.overflowError("signed integer is less than minimum");
        }
        return (int) v;
    }

    // ---- configuration ---------------------------------------------------------------------------

    @PyMethod(doc = "parse_and_bind($module, string, /)\n--\n\nExecute the init line provided in the string argument.")
    static void parse_and_bind(Object string) {
        byte[] line = encode(string);
        try (Arena arena = Arena.ofConfined()) {
            GnuReadline.call(rl.parseAndBind, GnuReadline.string(arena, line));
        }
    }

    @PyMethod(doc = "read_init_file($module, filename=None, /)\n--\n\n"
            + "Execute a readline initialization file.\n\nThe default filename is the last filename used.")
    static void read_init_file(@Opt Object filename) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = path(arena, filename);
            int errno = GnuReadline.callInt(rl.readInitFile, p);
            if (errno != 0) {
                throw Py.osError(errno, null);
            }
        }
    }

    @PyMethod(doc = "get_line_buffer($module, /)\n--\n\nReturn the current contents of the line buffer.")
    static Object get_line_buffer() {
        return decode(GnuReadline.getString(rl.lineBuffer));
    }

    @PyMethod(doc = "insert_text($module, string, /)\n--\n\nInsert text into the line buffer at the cursor position.")
    static void insert_text(Object string) {
        byte[] text = encode(string);
        try (Arena arena = Arena.ofConfined()) {
            GnuReadline.call(rl.insertText, GnuReadline.string(arena, text));
        }
    }

    @PyMethod(doc = "redisplay($module, /)\n--\n\nChange what's displayed on the screen to reflect contents of the line buffer.")
    static void redisplay() {
        GnuReadline.call(rl.redisplay);
    }

    // ---- history files ---------------------------------------------------------------------------

    @PyMethod(doc = "read_history_file($module, filename=None, /)\n--\n\n"
            + "Load a readline history file.\n\nThe default filename is ~/.history.")
    static void read_history_file(@Opt Object filename) {
        try (Arena arena = Arena.ofConfined()) {
            int errno = GnuReadline.callInt(rl.readHistory, path(arena, filename));
            if (errno != 0) {
                throw Py.osError(errno, null);
            }
        }
    }

    @PyMethod(doc = "write_history_file($module, filename=None, /)\n--\n\n"
            + "Save a readline history file.\n\nThe default filename is ~/.history.")
    static void write_history_file(@Opt Object filename) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = path(arena, filename);
            int errno = GnuReadline.callInt(rl.writeHistory, p);
            truncate(p, errno);
        }
    }

    @PyMethod(doc = "append_history_file($module, nelements, filename=None, /)\n--\n\n"
            + "Append the last nelements items of the history list to file.\n\nThe default filename is ~/.history.")
    static void append_history_file(long nelements, @Opt Object filename) {
        int n = cInt(nelements);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = path(arena, filename);
            int errno = GnuReadline.callInt(rl.appendHistory, n, p);
            truncate(p, errno);
        }
    }

    /** After a write: cuts the file to the history length set, or reports the write's error. */
    private static void truncate(MemorySegment path, int errno) {
        int limit = historyLimit;
        if (errno == 0 && limit >= 0) {
            errno = GnuReadline.callInt(rl.historyTruncateFile, path, limit);
        }
        if (errno != 0) {
            throw Py.osError(errno, null);
        }
    }

    @PyMethod(doc = "set_history_length($module, length, /)\n--\n\n"
            + "Set the maximal number of lines which will be written to the history file.\n\n"
            + "A negative length is used to inhibit history truncation.")
    static void set_history_length(long length) {
        historyLimit = cInt(length);
    }

    @PyMethod(doc = "get_history_length($module, /)\n--\n\n"
            + "Return the maximum number of lines that will be written to the history file.")
    static long get_history_length() {
        return historyLimit;
    }

    // ---- the history list ------------------------------------------------------------------------

    @PyMethod(doc = "get_current_history_length($module, /)\n--\n\nReturn the current (not the maximum) length of history.")
    static long get_current_history_length() {
        return GnuReadline.getInt(rl.historyLength);
    }

    @PyMethod(doc = "get_history_item($module, index, /)\n--\n\nReturn the current contents of history item at one-based index.")
    static Object get_history_item(long index) {
        MemorySegment entry = GnuReadline.callPointer(rl.historyGet, cInt(index));
        if (entry.address() == 0) {
            return Py.none();
        }
        return decode(dev.kaa.stdlib.internal.Libc.stringBytes(entry.get(ValueLayout.ADDRESS, 0)));
    }

    /** The last history entry's line, or null when the history is empty. */
    static byte[] lastHistoryLine() {
        int length = GnuReadline.getInt(rl.historyLength);
        if (length <= 0) {
            return null;
        }
        int last = GnuReadline.getInt(rl.historyBase) + length - 1;
        MemorySegment entry = GnuReadline.callPointer(rl.historyGet, last);
        return entry.address() == 0 ? null : dev.kaa.stdlib.internal.Libc.stringBytes(entry.get(ValueLayout.ADDRESS, 0));
    }

    @PyMethod(doc = "remove_history_item($module, pos, /)\n--\n\nRemove history item given by its zero-based position.")
    static void remove_history_item(long pos) {
        int p = cInt(pos);
        if (p < 0) {
            throw Py.valueError("History index cannot be negative");
        }
        MemorySegment entry = GnuReadline.callPointer(rl.removeHistory, p);
        if (entry.address() == 0) {
            throw Py.valueError("No history item at position " + p);
        }
        GnuReadline.call(rl.freeHistoryEntry, entry);
    }

    @PyMethod(doc = "replace_history_item($module, pos, line, /)\n--\n\n"
            + "Replaces history item given by its position with contents of line.\n\n"
            + "pos is zero-based.")
    static void replace_history_item(long pos, Object line) {
        int p = cInt(pos);
        if (!Py.isInstance(line, Py.builtinType("str"))) {
            throw Py.typeError("replace_history_item() argument 2 must be str, not " + Py.typeOf(line).name());
        }
        if (p < 0) {
            throw Py.valueError("History index cannot be negative");
        }
        byte[] text = encode(line);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment old = GnuReadline.callPointer(rl.replaceHistoryEntry, p, GnuReadline.string(arena, text),
                    MemorySegment.NULL);
            if (old.address() == 0) {
                throw Py.valueError("No history item at position " + p);
            }
            GnuReadline.call(rl.freeHistoryEntry, old);
        }
    }

    @PyMethod(doc = "add_history($module, string, /)\n--\n\nAdd an item to the history buffer.")
    static void add_history(Object string) {
        byte[] text = encode(string);
        try (Arena arena = Arena.ofConfined()) {
            GnuReadline.call(rl.addHistory, GnuReadline.string(arena, text));
        }
    }

    @PyMethod(doc = "clear_history($module, /)\n--\n\nClear the current readline history.")
    static void clear_history() {
        GnuReadline.call(rl.clearHistory);
    }

    @PyMethod(doc = "set_auto_history($module, enabled, /)\n--\n\n"
            + "Enables or disables automatic history.")
    static void set_auto_history(Object enabled) {
        LineEditor.autoHistory = Py.isTrue(enabled);
    }

    // ---- hooks and completion --------------------------------------------------------------------

    /** A hook argument: null for None or absent; CPython's error for what cannot be called. */
    private static Object hook(String function, Object f) {
        if (f == null || f == Py.none()) {
            return null;
        }
        if (!Py.isTrue(Py.call(Py.getAttr(Py.importModule("builtins"), "callable"), f))) {
            throw Py.typeError(function + "(func): argument not callable");
        }
        return f;
    }

    @PyMethod(doc = "set_startup_hook($module, function=None, /)\n--\n\n"
            + "Set or remove the function invoked by the rl_startup_hook callback.\n\n"
            + "The function is called with no arguments just\n"
            + "before readline prints the first prompt.")
    static void set_startup_hook(@Opt Object function) {
        Callbacks.startupHook = hook("set_startup_hook", function);
    }

    @PyMethod(doc = "set_pre_input_hook($module, function=None, /)\n--\n\n"
            + "Set or remove the function invoked by the rl_pre_input_hook callback.\n\n"
            + "The function is called with no arguments after the first prompt\n"
            + "has been printed and just before readline starts reading input\n"
            + "characters.")
    static void set_pre_input_hook(@Opt Object function) {
        Callbacks.preInputHook = hook("set_pre_input_hook", function);
    }

    @PyMethod(doc = "set_completer($module, function=None, /)\n--\n\n"
            + "Set or remove the completer function.\n\n"
            + "The function is called as function(text, state),\n"
            + "for state in 0, 1, 2, ..., until it returns a non-string.\n"
            + "It should return the next possible completion starting with 'text'.")
    static void set_completer(@Opt Object function) {
        Callbacks.completer = hook("set_completer", function);
    }

    @PyMethod(doc = "get_completer($module, /)\n--\n\nGet the current completer function.")
    static Object get_completer() {
        Object c = Callbacks.completer;
        return c == null ? Py.none() : c;
    }

    @PyMethod(doc = "set_completion_display_matches_hook($module, function=None, /)\n--\n\n"
            + "Set or remove the completion display function.\n\n"
            + "The function is called as\n"
            + "  function(substitution, [matches], longest_match_length)\n"
            + "once each time matches need to be displayed.")
    static void set_completion_display_matches_hook(@Opt Object function) {
        Object f = hook("set_completion_display_matches_hook", function);
        Callbacks.displayMatchesHook = f;
        // Without a hook readline lists the matches itself.
        rl.displayMatchesHook.set(ValueLayout.ADDRESS, 0, f == null ? MemorySegment.NULL : callbacks.displayMatchesStub);
    }

    @PyMethod(doc = "get_completion_type($module, /)\n--\n\nGet the type of completion being attempted.")
    static long get_completion_type() {
        return GnuReadline.getInt(rl.completionType);
    }

    @PyMethod(doc = "get_begidx($module, /)\n--\n\nGet the beginning index of the completion scope.")
    static long get_begidx() {
        return Callbacks.begidx;
    }

    @PyMethod(doc = "get_endidx($module, /)\n--\n\nGet the ending index of the completion scope.")
    static long get_endidx() {
        return Callbacks.endidx;
    }

    @PyMethod(doc = "set_completer_delims($module, string, /)\n--\n\nSet the word delimiters for completion.")
    static void set_completer_delims(Object string) {
        byte[] text = encode(string);
        MemorySegment fresh = rl.mallocString(text);
        MemorySegment old = delims;
        rl.completerWordBreakCharacters.set(ValueLayout.ADDRESS, 0, fresh);
        delims = fresh;
        GnuReadline.call(rl.free, old);
    }

    @PyMethod(doc = "get_completer_delims($module, /)\n--\n\nGet the word delimiters for completion.")
    static Object get_completer_delims() {
        return decode(GnuReadline.getString(rl.completerWordBreakCharacters));
    }
}
