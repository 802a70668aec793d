package dev.kaa.stdlib.curses;

import static dev.kaa.stdlib.curses.Ncurses.ERR;
import static dev.kaa.stdlib.curses.Ncurses.check;
import static dev.kaa.stdlib.curses.Ncurses.i;
import static dev.kaa.stdlib.curses.Ncurses.p;
import static dev.kaa.stdlib.curses.Ncurses.v;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * {@code _curses}: the terminal screen library over the system's ncursesw, as CPython's module
 * wraps it: the module's functions, the constants of {@code <curses.h>} (the line-drawing
 * {@code ACS_*} ones, which depend on the terminal, appear with {@code initscr()}), and the
 * {@link CursesWindow} type. The module is absent (ImportError) without the library.
 *
 * <p>Thread safety: ncurses keeps process-wide state, as in C; every call holds the GIL except
 * the blocking reads, so calls never overlap, as in CPython.
 */
public final class CursesModule implements ExtensionModule {
    private static PythonType error;
    /** What CPython tracks of the library's state: setupterm, initscr and start_color called. */
    private static volatile boolean setuptermCalled;
    private static volatile boolean initialised;
    private static volatile boolean colorInitialised;

    /** {@code <curses.h>}'s constants as CPython's module has them on Linux, ACS_* aside. */
    private static final String CONSTANTS = "ALL_MOUSE_EVENTS=268435455 A_ALTCHARSET=4194304 "
            + "A_ATTRIBUTES=4294967040 A_BLINK=524288 A_BOLD=2097152 A_CHARTEXT=255 A_COLOR=65280 A_DIM=1048576 "
            + "A_HORIZONTAL=33554432 A_INVIS=8388608 A_ITALIC=2147483648 A_LEFT=67108864 A_LOW=134217728 "
            + "A_NORMAL=0 A_PROTECT=16777216 A_REVERSE=262144 A_RIGHT=268435456 A_STANDOUT=65536 "
            + "A_TOP=536870912 A_UNDERLINE=131072 A_VERTICAL=1073741824 BUTTON_ALT=134217728 "
            + "BUTTON_CTRL=33554432 BUTTON_SHIFT=67108864 COLOR_BLACK=0 COLOR_BLUE=4 COLOR_CYAN=6 "
            + "COLOR_GREEN=2 COLOR_MAGENTA=5 COLOR_RED=1 COLOR_WHITE=7 COLOR_YELLOW=3 ERR=-1 OK=0 "
            + "REPORT_MOUSE_POSITION=268435456 KEY_A1=348 KEY_A3=349 KEY_B2=350 KEY_BACKSPACE=263 KEY_BEG=354 "
            + "KEY_BREAK=257 KEY_BTAB=353 KEY_C1=351 KEY_C3=352 KEY_CANCEL=355 KEY_CATAB=342 KEY_CLEAR=333 "
            + "KEY_CLOSE=356 KEY_COMMAND=357 KEY_COPY=358 KEY_CREATE=359 KEY_CTAB=341 KEY_DC=330 KEY_DL=328 "
            + "KEY_DOWN=258 KEY_EIC=332 KEY_END=360 KEY_ENTER=343 KEY_EOL=335 KEY_EOS=334 KEY_EXIT=361 "
            + "KEY_FIND=362 KEY_HELP=363 KEY_HOME=262 KEY_IC=331 KEY_IL=329 KEY_LEFT=260 KEY_LL=347 "
            + "KEY_MARK=364 KEY_MAX=511 KEY_MESSAGE=365 KEY_MIN=257 KEY_MOUSE=409 KEY_MOVE=366 KEY_NEXT=367 "
            + "KEY_NPAGE=338 KEY_OPEN=368 KEY_OPTIONS=369 KEY_PPAGE=339 KEY_PREVIOUS=370 KEY_PRINT=346 "
            + "KEY_REDO=371 KEY_REFERENCE=372 KEY_REFRESH=373 KEY_REPLACE=374 KEY_RESET=345 KEY_RESIZE=410 "
            + "KEY_RESTART=375 KEY_RESUME=376 KEY_RIGHT=261 KEY_SAVE=377 KEY_SBEG=378 KEY_SCANCEL=379 "
            + "KEY_SCOMMAND=380 KEY_SCOPY=381 KEY_SCREATE=382 KEY_SDC=383 KEY_SDL=384 KEY_SELECT=385 "
            + "KEY_SEND=386 KEY_SEOL=387 KEY_SEXIT=388 KEY_SF=336 KEY_SFIND=389 KEY_SHELP=390 KEY_SHOME=391 "
            + "KEY_SIC=392 KEY_SLEFT=393 KEY_SMESSAGE=394 KEY_SMOVE=395 KEY_SNEXT=396 KEY_SOPTIONS=397 "
            + "KEY_SPREVIOUS=398 KEY_SPRINT=399 KEY_SR=337 KEY_SREDO=400 KEY_SREPLACE=401 KEY_SRESET=344 "
            + "KEY_SRIGHT=402 KEY_SRSUME=403 KEY_SSAVE=404 KEY_SSUSPEND=405 KEY_STAB=340 KEY_SUNDO=406 "
            + "KEY_SUSPEND=407 KEY_UNDO=408 KEY_UP=259";

    /** The line-drawing characters: name and the {@code acs_map} index that ncurses' macro reads. */
    private static final String ACS = "ULCORNER=l LLCORNER=m URCORNER=k LRCORNER=j LTEE=t RTEE=u BTEE=v "
            + "TTEE=w HLINE=q VLINE=x PLUS=n S1=o S9=s DIAMOND=` CKBOARD=a DEGREE=f PLMINUS=g BULLET=~ "
            + "LARROW=, RARROW=+ DARROW=. UARROW=- BOARD=h LANTERN=i BLOCK=0 S3=p S7=r LEQUAL=y GEQUAL=z "
            + "PI={ NEQUAL=| STERLING=} BSSB=l SSBB=m BBSS=k SBBS=j SBSS=u SSSB=t SSBS=v BSSS=w BSBS=q "
            + "SBSB=x SSSS=n";

    @Override public String name() {
        return "_curses";
    }

    @Override public void initialize(ModuleDefinition m) {
        if (Ncurses.LIB == null) {
            throw Py.error(Py.builtinType("ImportError"), Ncurses.ABSENT);
        }
        error = m.addException("error", Py.builtinType("Exception"), null);
        CursesWindow.setType(m.addFinalType("window", CursesWindow.class, MethodHandles.lookup(), null));
        m.addFunctions(CursesModule.class, MethodHandles.lookup());
        for (String c : CONSTANTS.split(" ")) {
            int eq = c.indexOf('=');
            m.add(c.substring(0, eq), Long.parseLong(c.substring(eq + 1)));
        }
        for (int b = 1; b <= 5; b++) {
            int shift = (b - 1) * 5;
            m.add("BUTTON" + b + "_RELEASED", 1L << shift);
            m.add("BUTTON" + b + "_PRESSED", 2L << shift);
            m.add("BUTTON" + b + "_CLICKED", 4L << shift);
            m.add("BUTTON" + b + "_DOUBLE_CLICKED", 8L << shift);
            m.add("BUTTON" + b + "_TRIPLE_CLICKED", 16L << shift);
        }
        for (int f = 0; f <= 63; f++) {
            m.add("KEY_F" + f, 264L + f);
        }
        m.add("version", Py.bytes("2.2".getBytes(StandardCharsets.US_ASCII)));
        m.add("__version__", Py.bytes("2.2".getBytes(StandardCharsets.US_ASCII)));
        PythonType versionType = m.addStructSequence("curses.ncurses_version",
                "Ncurses version\n\nA named tuple of the ncurses library's version: major, minor, patch.",
                3, "major", "minor", "patch");
        m.add("ncurses_version", Py.structSequence(versionType, ncursesVersion()));
    }

    static PythonType error() {
        return error;
    }

    /** (major, minor, patch) from the library's own {@code curses_version()} string. */
    private static Object[] ncursesVersion() {
        String text = new String(Libc.stringBytes(p("curses_version")), StandardCharsets.US_ASCII);
        String[] parts = text.replaceAll("[^0-9.]", "").split("\\.");
        Object[] v = new Object[3];
        for (int k = 0; k < 3; k++) {
            v[k] = Py.integer(k < parts.length && !parts[k].isEmpty() ? Long.parseLong(parts[k]) : 0);
        }
        return v;
    }

    // ---------------------------------------------------------------- state checks

    static void requireInitscr() {
        if (!initialised) {
            throw Py.error(error, "must call initscr() first");
        }
    }

    static void requireSetupterm() {
        if (!setuptermCalled) {
            throw Py.error(error, "must call (at least) setupterm() first");
        }
    }

    static void requireColor() {
        requireInitscr();
        if (!colorInitialised) {
            throw Py.error(error, "must call start_color() first");
        }
    }

    /** Sets a name of {@code _curses} (and of {@code curses}, once that is imported), as initscr does. */
    private static void publish(String name, Object value) {
        Py.setAttr(Py.importModule("_curses"), name, value);
    }

    private static void publishLinesCols() {
        Object lines = Py.integer(Ncurses.intVariable("LINES"));
        Object cols = Py.integer(Ncurses.intVariable("COLS"));
        publish("LINES", lines);
        publish("COLS", cols);
        Object modules = Py.getAttr(Py.importModule("sys"), "modules");
        if (Py.isTrue(Py.callMethod(modules, "__contains__", Py.str("curses")))) {
            Object curses = Py.getItem(modules, Py.str("curses"));
            Py.setAttr(curses, "LINES", lines);
            Py.setAttr(curses, "COLS", cols);
        }
    }

    // ---------------------------------------------------------------- terminal set-up

    /** The environment variables ncurses reads as it starts. */
    private static final String[] CURSES_ENVIRONMENT = {"TERM", "TERMINFO", "TERMINFO_DIRS", "TERMCAP", "LINES",
        "COLUMNS", "ESCDELAY", "TABSIZE", "NCURSES_NO_UTF8_ACS", "NCURSES_NO_PADDING", "NCURSES_NO_SETBUF"};
    private static final MethodHandle SETENV = Libc.function("setenv", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle UNSETENV = Libc.function("unsetenv",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    /**
     * Gives the C environment, which ncurses reads ({@code getenv("TERM")} …), the values
     * {@code os.environ} holds: in CPython assigning {@code os.environ["TERM"]} reaches C
     * through {@code putenv}; Kaa's {@code os.environ} does not, so the variables ncurses reads
     * are copied before it starts.
     */
    private static void exportEnvironment() {
        Object environ = Py.getAttr(Py.importModule("os"), "environ");
        try (Arena arena = Arena.ofConfined()) {
            for (String name : CURSES_ENVIRONMENT) {
                MemorySegment key = Libc.string(arena, name.getBytes(StandardCharsets.US_ASCII));
                Object value = Py.callMethod(environ, "get", Py.str(name));
                if (value == Py.none()) {
                    Libc.call(UNSETENV, Libc.callState(arena), key);
                } else {
                    byte[] v = Py.asBytes(Py.callMethod(Py.importModule("os"), "fsencode", value));
                    Libc.call(SETENV, Libc.callState(arena), key, Libc.string(arena, v), 1);
                }
            }
        }
    }

    @PyMethod(positionalOnly = 0, doc = "setupterm($module, /, term=None, fd=-1)\n--\n\n"
            + "Initializes the terminal: term names it (None: $TERM), fd is where output goes (-1: sys.stdout).")
    static void setupterm(@Opt("None") Object term, @Opt("-1") int fd) {
        if (fd == -1) {
            Object stdout = Py.getAttr(Py.importModule("sys"), "stdout");
            if (stdout == Py.none()) {
                throw Py.error(error, "lost sys.stdout");
            }
            fd = (int) Py.asLong(Py.callMethod(stdout, "fileno"));
        }
        if (setuptermCalled) {
            return;
        }
        exportEnvironment();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = term == Py.none() ? MemorySegment.NULL
                    : Libc.string(arena, Py.asString(term).getBytes(StandardCharsets.UTF_8));
            MemorySegment err = arena.allocate(ValueLayout.JAVA_INT);
            if (i("setupterm", name, Py.nativeDescriptor(fd), err) == ERR) {
                int e = err.get(ValueLayout.JAVA_INT, 0);
                throw Py.error(error, e == 0 ? "setupterm: could not find terminal"
                        : "setupterm: could not find terminfo database");
            }
        }
        setuptermCalled = true;
    }

    @PyMethod(doc = "initscr($module, /)\n--\n\nInitializes the library; returns the whole-screen window.")
    static Object initscr() {
        if (initialised) {
            v("wrefresh", Ncurses.pointerVariable("stdscr"));
            return new CursesWindow(Ncurses.pointerVariable("stdscr"), null, null);
        }
        CursesWindow.setCLocale();
        exportEnvironment();
        MemorySegment w = startScreen();
        if (w.address() == 0) {
            throw Py.error(error, "initscr() returned NULL");
        }
        initialised = true;
        setuptermCalled = true;
        for (String a : ACS.split(" ")) {
            publish("ACS_" + a.substring(0, a.indexOf('=')), Py.integer(Ncurses.acs(a.charAt(a.length() - 1))));
        }
        publish("LINES", Py.integer(Ncurses.intVariable("LINES")));
        publish("COLS", Py.integer(Ncurses.intVariable("COLS")));
        return new CursesWindow(w, null, null);
    }

    private static final MethodHandle DUP = Libc.function("dup",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle FDOPEN = Libc.function("fdopen",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    /**
     * ncurses' {@code initscr()}: the screen on the C streams stdout and stdin. Kaa's descriptors
     * are its own, so when Python code has pointed its 1 or 0 elsewhere ({@code os.dup2}, as
     * CPython's tests do to put the screen on a terminal), the screen is made with
     * {@code newterm} on the descriptors they stand for, where CPython's {@code initscr} would
     * find them.
     */
    private static MemorySegment startScreen() {
        int out = nativeOrMinusOne(1);
        int in = nativeOrMinusOne(0);
        if ((out == 1 || out < 0) && (in == 0 || in < 0)) {
            return p("initscr");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment outFile = Libc.callForAddress(FDOPEN, Libc.callState(arena), Libc.call(DUP, Libc.callState(arena), out < 0 ? 1 : out),
                    Libc.string(arena, "w".getBytes(StandardCharsets.US_ASCII)));
            MemorySegment inFile = Libc.callForAddress(FDOPEN, Libc.callState(arena), Libc.call(DUP, Libc.callState(arena), in < 0 ? 0 : in),
                    Libc.string(arena, "r".getBytes(StandardCharsets.US_ASCII)));
            if (outFile.address() == 0 || inFile.address() == 0) {
                throw Py.error(error, "initscr() returned NULL");
            }
            MemorySegment screen = p("newterm", MemorySegment.NULL, outFile, inFile);
            if (screen.address() == 0) {
                Object term = Py.callMethod(Py.getAttr(Py.importModule("os"), "environ"), "get", Py.str("TERM"),
                        Py.str("unknown"));
                throw Py.error(error, "Error opening terminal: " + Py.asString(term) + ".");
            }
            return Ncurses.pointerVariable("stdscr");
        }
    }

    private static int nativeOrMinusOne(int fd) {
        try {
            return Py.nativeDescriptor(fd);
        } catch (PythonException e) {
            return -1;
        }
    }

    @PyMethod(doc = "endwin($module, /)\n--\n\nDe-initializes the library and returns the terminal to normal.")
    static Object endwin() {
        requireInitscr();
        return check(i("endwin"), "endwin");
    }

    @PyMethod(doc = "isendwin($module, /)\n--\n\nWhether endwin() was called since the last refresh.")
    static boolean isendwin() {
        requireInitscr();
        return Ncurses.b("isendwin");
    }

    @PyMethod(doc = "update_lines_cols($module, /)\n--\n\nSets LINES and COLS from the screen's size.")
    static void update_lines_cols() {
        publishLinesCols();
    }

    @PyMethod(doc = "newwin(nlines, ncols, [begin_y=0, begin_x=0])\nA new window.")
    static Object newwin(Object[] args, String[] kwnames) {
        noKeywords("newwin", kwnames);
        requireInitscr();
        if (args.length != 2 && args.length != 4) {
            throw Py.typeError("_curses.newwin requires 2 to 4 arguments");
        }
        int beginY = args.length == 4 ? toInt(args[2]) : 0;
        int beginX = args.length == 4 ? toInt(args[3]) : 0;
        MemorySegment w = p("newwin", toInt(args[0]), toInt(args[1]), beginY, beginX);
        return CursesWindow.wrap(w, null, null);
    }

    @PyMethod(doc = "newpad($module, nlines, ncols, /)\n--\n\nA new pad: a window not tied to the screen.")
    static Object newpad(int nlines, int ncols) {
        requireInitscr();
        return CursesWindow.wrap(p("newpad", nlines, ncols), null, null);
    }

    @PyMethod(doc = "doupdate($module, /)\n--\n\nUpdates the physical screen.")
    static Object doupdate() {
        requireInitscr();
        return check(i("doupdate"), "doupdate");
    }

    // ---------------------------------------------------------------- input modes

    private static Object flagged(boolean flag, String on, String off) {
        requireInitscr();
        String name = flag ? on : off;
        return check(i(name), name);
    }

    @PyMethod(doc = "cbreak($module, flag=True, /)\n--\n\nEnters (or leaves) cbreak mode.")
    static Object cbreak(@Opt("True") boolean flag) {
        return flagged(flag, "cbreak", "nocbreak");
    }

    @PyMethod(doc = "nocbreak($module, /)\n--\n\nLeaves cbreak mode.")
    static Object nocbreak() {
        return flagged(false, "cbreak", "nocbreak");
    }

    @PyMethod(doc = "echo($module, flag=True, /)\n--\n\nEnters (or leaves) echo mode.")
    static Object echo(@Opt("True") boolean flag) {
        return flagged(flag, "echo", "noecho");
    }

    @PyMethod(doc = "noecho($module, /)\n--\n\nLeaves echo mode.")
    static Object noecho() {
        return flagged(false, "echo", "noecho");
    }

    @PyMethod(doc = "raw($module, flag=True, /)\n--\n\nEnters (or leaves) raw mode.")
    static Object raw(@Opt("True") boolean flag) {
        return flagged(flag, "raw", "noraw");
    }

    @PyMethod(doc = "noraw($module, /)\n--\n\nLeaves raw mode.")
    static Object noraw() {
        return flagged(false, "raw", "noraw");
    }

    @PyMethod(doc = "nl($module, flag=True, /)\n--\n\nEnters (or leaves) newline mode.")
    static Object nl(@Opt("True") boolean flag) {
        return flagged(flag, "nl", "nonl");
    }

    @PyMethod(doc = "nonl($module, /)\n--\n\nLeaves newline mode.")
    static Object nonl() {
        return flagged(false, "nl", "nonl");
    }

    @PyMethod(doc = "qiflush($module, flag=True, /)\n--\n\nFlushes (or not) the queues on INTR, QUIT and SUSP.")
    static void qiflush(@Opt("True") boolean flag) {
        requireInitscr();
        v(flag ? "qiflush" : "noqiflush");
    }

    @PyMethod(doc = "noqiflush($module, /)\n--\n\nNo flushing of the queues on INTR, QUIT and SUSP.")
    static void noqiflush() {
        requireInitscr();
        v("noqiflush");
    }

    @PyMethod(doc = "intrflush($module, flag, /)\n--\n\nFlushes (or not) the output on an interrupt key.")
    static Object intrflush(boolean flag) {
        requireInitscr();
        return check(i("intrflush", MemorySegment.NULL, flag ? 1 : 0), "intrflush");
    }

    @PyMethod(doc = "halfdelay($module, tenths, /)\n--\n\nHalf-delay mode: reads wait at most tenths of a second.")
    static Object halfdelay(int tenths) {
        requireInitscr();
        return check(i("halfdelay", tenths), "halfdelay");
    }

    @PyMethod(doc = "meta($module, yes, /)\n--\n\nAllows (or not) 8-bit input.")
    static Object meta(boolean yes) {
        requireInitscr();
        return check(i("meta", Ncurses.pointerVariable("stdscr"), yes ? 1 : 0), "meta");
    }

    @PyMethod(doc = "curs_set($module, visibility, /)\n--\n\nSets the cursor's visibility; returns the previous one.")
    static int curs_set(int visibility) {
        requireInitscr();
        int rc = i("curs_set", visibility);
        if (rc == ERR) {
            throw Ncurses.returnedErr("curs_set");
        }
        return rc;
    }

    @PyMethod(doc = "typeahead($module, fd, /)\n--\n\nThe descriptor checked for typeahead (-1: none).")
    static Object typeahead(int fd) {
        requireInitscr();
        return check(i("typeahead", fd == -1 ? -1 : Py.nativeDescriptor(fd)), "typeahead");
    }

    @PyMethod(doc = "flushinp($module, /)\n--\n\nDiscards typeahead not yet read.")
    static void flushinp() {
        requireInitscr();
        i("flushinp");
    }

    @PyMethod(doc = "filter($module, /)\n--\n\nMakes the screen a single line (call before initscr).")
    static void filter() {
        v("filter");
    }

    @PyMethod(doc = "use_env($module, flag, /)\n--\n\nWhether LINES and COLUMNS from the environment count.")
    static void use_env(boolean flag) {
        v("use_env", flag ? 1 : 0);
    }

    // ---------------------------------------------------------------- modes, timing, bell

    private static Object plain(String name) {
        requireInitscr();
        return check(i(name), name);
    }

    @PyMethod(doc = "def_prog_mode($module, /)\n--\n\nSaves the terminal mode as the program mode.")
    static Object def_prog_mode() {
        return plain("def_prog_mode");
    }

    @PyMethod(doc = "def_shell_mode($module, /)\n--\n\nSaves the terminal mode as the shell mode.")
    static Object def_shell_mode() {
        return plain("def_shell_mode");
    }

    @PyMethod(doc = "reset_prog_mode($module, /)\n--\n\nRestores the program mode.")
    static Object reset_prog_mode() {
        return plain("reset_prog_mode");
    }

    @PyMethod(doc = "reset_shell_mode($module, /)\n--\n\nRestores the shell mode.")
    static Object reset_shell_mode() {
        return plain("reset_shell_mode");
    }

    @PyMethod(doc = "savetty($module, /)\n--\n\nSaves the terminal modes.")
    static Object savetty() {
        return plain("savetty");
    }

    @PyMethod(doc = "resetty($module, /)\n--\n\nRestores the modes savetty() saved.")
    static Object resetty() {
        return plain("resetty");
    }

    @PyMethod(doc = "beep($module, /)\n--\n\nRings the bell.")
    static Object beep() {
        return plain("beep");
    }

    @PyMethod(doc = "flash($module, /)\n--\n\nFlashes the screen (or rings the bell).")
    static Object flash() {
        return plain("flash");
    }

    @PyMethod(doc = "napms($module, ms, /)\n--\n\nSleeps ms milliseconds.")
    static int napms(int ms) {
        requireInitscr();
        try (var released = Py.releaseGil()) {
            return i("napms", ms);
        }
    }

    @PyMethod(doc = "delay_output($module, ms, /)\n--\n\nPads the output with a delay of ms milliseconds.")
    static Object delay_output(int ms) {
        requireInitscr();
        return check(i("delay_output", ms), "delay_output");
    }

    @PyMethod(doc = "baudrate($module, /)\n--\n\nThe terminal's output speed.")
    static int baudrate() {
        requireInitscr();
        return i("baudrate");
    }

    @PyMethod(doc = "termattrs($module, /)\n--\n\nThe video attributes the terminal supports, ORed.")
    static long termattrs() {
        requireInitscr();
        return Integer.toUnsignedLong(i("termattrs"));
    }

    @PyMethod(doc = "has_ic($module, /)\n--\n\nWhether the terminal can insert and delete characters.")
    static boolean has_ic() {
        requireInitscr();
        return Ncurses.b("has_ic");
    }

    @PyMethod(doc = "has_il($module, /)\n--\n\nWhether the terminal can insert and delete lines.")
    static boolean has_il() {
        requireInitscr();
        return Ncurses.b("has_il");
    }

    @PyMethod(doc = "erasechar($module, /)\n--\n\nThe user's erase character, as bytes.")
    static Object erasechar() {
        requireInitscr();
        return Py.bytes(new byte[] {(byte) i("erasechar")});
    }

    @PyMethod(doc = "killchar($module, /)\n--\n\nThe user's line-kill character, as bytes.")
    static Object killchar() {
        requireInitscr();
        return Py.bytes(new byte[] {(byte) i("killchar")});
    }

    @PyMethod(doc = "termname($module, /)\n--\n\nThe terminal's name, as bytes (14 at most).")
    static Object termname() {
        requireInitscr();
        return Py.bytes(Libc.stringBytes(p("termname")));
    }

    @PyMethod(doc = "longname($module, /)\n--\n\nThe terminfo long name of the terminal, as bytes.")
    static Object longname() {
        requireInitscr();
        return Py.bytes(Libc.stringBytes(p("longname")));
    }

    @PyMethod(doc = "get_escdelay($module, /)\n--\n\nThe ESCDELAY value, in milliseconds.")
    static int get_escdelay() {
        return Ncurses.intVariable("ESCDELAY");
    }

    @PyMethod(doc = "set_escdelay($module, ms, /)\n--\n\nSets ESCDELAY, in milliseconds.")
    static Object set_escdelay(int ms) {
        if (ms <= 0) {
            throw Py.valueError("ms must be > 0");
        }
        return check(i("set_escdelay", ms), "set_escdelay");
    }

    @PyMethod(doc = "get_tabsize($module, /)\n--\n\nThe TABSIZE value.")
    static int get_tabsize() {
        return Ncurses.intVariable("TABSIZE");
    }

    @PyMethod(doc = "set_tabsize($module, size, /)\n--\n\nSets TABSIZE.")
    static Object set_tabsize(int size) {
        if (size <= 0) {
            throw Py.valueError("size must be > 0");
        }
        return check(i("set_tabsize", size), "set_tabsize");
    }

    // ---------------------------------------------------------------- screen size

    @PyMethod(doc = "resizeterm($module, nlines, ncols, /)\n--\n\nResizes the screen (and windows).")
    static Object resizeterm(int nlines, int ncols) {
        requireInitscr();
        check(i("resizeterm", nlines, ncols), "resizeterm");
        publishLinesCols();
        return Py.none();
    }

    @PyMethod(doc = "resize_term($module, nlines, ncols, /)\n--\n\nresizeterm() without its adjustments.")
    static Object resize_term(int nlines, int ncols) {
        requireInitscr();
        check(i("resize_term", nlines, ncols), "resize_term");
        publishLinesCols();
        return Py.none();
    }

    @PyMethod(doc = "is_term_resized($module, nlines, ncols, /)\n--\n\nWhether resizeterm() would change the size.")
    static boolean is_term_resized(int nlines, int ncols) {
        requireInitscr();
        return Ncurses.b("is_term_resized", nlines, ncols);
    }

    @PyMethod(doc = "getsyx($module, /)\n--\n\nThe virtual screen cursor, (y, x); (-1, -1) if leaveok.")
    static Object getsyx() {
        requireInitscr();
        MemorySegment newscr = Ncurses.pointerVariable("newscr");
        int y = 0;
        int x = 0;
        if (newscr.address() != 0) {
            if (Ncurses.b("is_leaveok", newscr)) {
                y = -1;
                x = -1;
            } else {
                y = i("getcury", newscr);
                x = i("getcurx", newscr);
            }
        }
        return Py.tuple(Py.integer(y), Py.integer(x));
    }

    @PyMethod(doc = "setsyx($module, y, x, /)\n--\n\nSets the virtual screen cursor; (-1, -1) sets leaveok.")
    static void setsyx(int y, int x) {
        requireInitscr();
        MemorySegment newscr = Ncurses.pointerVariable("newscr");
        if (newscr.address() == 0) {
            return;
        }
        if (y == -1 && x == -1) {
            i("leaveok", newscr, 1);
        } else {
            i("leaveok", newscr, 0);
            i("wmove", newscr, y, x);
        }
    }

    // ---------------------------------------------------------------- colour

    @PyMethod(doc = "start_color($module, /)\n--\n\nInitializes colour; sets COLORS and COLOR_PAIRS.")
    static Object start_color() {
        requireInitscr();
        if (i("start_color") == ERR) {
            throw Ncurses.returnedErr("start_color");
        }
        colorInitialised = true;
        publish("COLORS", Py.integer(Ncurses.intVariable("COLORS")));
        publish("COLOR_PAIRS", Py.integer(Ncurses.intVariable("COLOR_PAIRS")));
        return Py.none();
    }

    @PyMethod(doc = "has_colors($module, /)\n--\n\nWhether the terminal shows colours.")
    static boolean has_colors() {
        requireInitscr();
        return Ncurses.b("has_colors");
    }

    @PyMethod(doc = "can_change_color($module, /)\n--\n\nWhether colours can be redefined.")
    static boolean can_change_color() {
        requireInitscr();
        return Ncurses.b("can_change_color");
    }

    @PyMethod(doc = "has_extended_color_support($module, /)\n--\n\nWhether more than 256 colour pairs work.")
    static boolean has_extended_color_support() {
        return true;
    }

    @PyMethod(doc = "use_default_colors($module, /)\n--\n\nColour -1 means the terminal's default.")
    static Object use_default_colors() {
        requireColor();
        return check(i("use_default_colors"), "use_default_colors");
    }

    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    /** A colour number: 0 (or -1, the default colour, where allowed) up to COLORS-1. */
    private static int colorNumber(Object o, boolean allowDefault) {
        BigInteger n = Py.asBigInteger(o);
        if (!allowDefault && n.signum() < 0) {
            throw Py.valueError("Color number is less than 0.");
        }
        if (allowDefault && n.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) {
            throw Py.overflowError("signed integer is less than minimum");
        }
        int colors = Ncurses.intVariable("COLORS");
        if (n.compareTo(BigInteger.valueOf(colors - 1L)) > 0) {
            throw Py.valueError("Color number is greater than COLORS-1 (" + (colors - 1) + ").");
        }
        return n.intValue();
    }

    private static int componentValue(Object o) {
        BigInteger n = Py.asBigInteger(o);
        if (n.signum() < 0) {
            throw Py.valueError("Color component is less than 0");
        }
        if (n.compareTo(BigInteger.valueOf(1000)) > 0) {
            throw Py.valueError("Color component is greater than 1000");
        }
        return n.intValue();
    }

    /** A pair number: 0 up to C's INT_MAX; the library judges the rest. */
    private static int pairNumber(Object o) {
        BigInteger n = Py.asBigInteger(o);
        if (n.signum() < 0) {
            throw Py.valueError("Color pair is less than 0.");
        }
        if (n.compareTo(INT_MAX) > 0) {
            throw Py.valueError("Color pair is greater than maximum (" + Integer.MAX_VALUE + ").");
        }
        return n.intValue();
    }

    @PyMethod(doc = "init_pair($module, pair_number, fg, bg, /)\n--\n\nDefines colour pair pair_number.")
    static Object init_pair(Object pair, Object fg, Object bg) {
        requireColor();
        int n = pairNumber(pair);
        return check(i("init_extended_pair", n, colorNumber(fg, true), colorNumber(bg, true)), "init_extended_pair");
    }

    @PyMethod(doc = "pair_content($module, pair_number, /)\n--\n\nThe (fg, bg) colours of a pair.")
    static Object pair_content(Object pair) {
        requireColor();
        int n = pairNumber(pair);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment f = arena.allocate(ValueLayout.JAVA_INT);
            MemorySegment b = arena.allocate(ValueLayout.JAVA_INT);
            check(i("extended_pair_content", n, f, b), "extended_pair_content");
            return Py.tuple(Py.integer(f.get(ValueLayout.JAVA_INT, 0)), Py.integer(b.get(ValueLayout.JAVA_INT, 0)));
        }
    }

    @PyMethod(doc = "init_color($module, color_number, r, g, b, /)\n--\n\nRedefines a colour (components 0 to 1000).")
    static Object init_color(Object color, Object r, Object g, Object b) {
        requireColor();
        int n = colorNumber(color, false);
        return check(i("init_extended_color", n, componentValue(r), componentValue(g), componentValue(b)),
                "init_extended_color");
    }

    @PyMethod(doc = "color_content($module, color_number, /)\n--\n\nThe (r, g, b) components of a colour.")
    static Object color_content(Object color) {
        requireColor();
        int n = colorNumber(color, false);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment rgb = arena.allocate(ValueLayout.JAVA_INT, 3);
            check(i("extended_color_content", n, rgb, rgb.asSlice(4), rgb.asSlice(8)), "extended_color_content");
            return Py.tuple(Py.integer(rgb.getAtIndex(ValueLayout.JAVA_INT, 0)),
                    Py.integer(rgb.getAtIndex(ValueLayout.JAVA_INT, 1)),
                    Py.integer(rgb.getAtIndex(ValueLayout.JAVA_INT, 2)));
        }
    }

    @PyMethod(doc = "color_pair($module, pair_number, /)\n--\n\nThe attribute value showing a colour pair.")
    static long color_pair(int pair) {
        requireColor();
        return ((long) pair << 8) & 0xff00L;
    }

    @PyMethod(doc = "pair_number($module, attr, /)\n--\n\nThe colour pair number in an attribute value.")
    static long pair_number(long attr) {
        requireColor();
        return (attr & 0xff00L) >> 8;
    }

    // ---------------------------------------------------------------- terminfo

    /** A capability name: a str (CPython's one-argument message when it is not). */
    private static byte[] capname(Object name, String function) {
        if (!Py.isInstance(name, Py.builtinType("str"))) {
            throw Py.typeError(function + "() argument must be str, not " + Py.typeOf(name).name());
        }
        return Py.asString(name).getBytes(StandardCharsets.UTF_8);
    }

    @PyMethod(doc = "tigetstr($module, capname, /)\n--\n\nA string capability's value (bytes), or None.")
    static Object tigetstr(Object capname) {
        requireSetupterm();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = p("tigetstr", Libc.string(arena, capname(capname, "tigetstr")));
            if (s.address() == 0 || s.address() == -1) {
                return Py.none();
            }
            return Py.bytes(Libc.stringBytes(s));
        }
    }

    @PyMethod(doc = "tigetnum($module, capname, /)\n--\n\nA numeric capability's value; -1 absent, -2 not numeric.")
    static int tigetnum(Object capname) {
        requireSetupterm();
        try (Arena arena = Arena.ofConfined()) {
            return i("tigetnum", Libc.string(arena, capname(capname, "tigetnum")));
        }
    }

    @PyMethod(doc = "tigetflag($module, capname, /)\n--\n\nA boolean capability's value; -1 not boolean.")
    static int tigetflag(Object capname) {
        requireSetupterm();
        try (Arena arena = Arena.ofConfined()) {
            return i("tigetflag", Libc.string(arena, capname(capname, "tigetflag")));
        }
    }

    private static MethodHandle tparm;

    @PyMethod(doc = "tparm($module, str, i1=0, i2=0, i3=0, i4=0, i5=0, i6=0, i7=0, i8=0, i9=0, /)\n--\n\n"
            + "A parameterized string capability with its parameters instantiated.")
    static Object tparm(Object[] args, String[] kwnames) {
        noKeywords("tparm", kwnames);
        if (args.length < 1 || args.length > 10) {
            throw Py.typeError(args.length < 1 ? "tparm() takes at least 1 argument (0 given)"
                    : "tparm() takes at most 10 arguments (" + args.length + " given)");
        }
        byte[] s = Py.asBytes(args[0]);
        Object[] call = new Object[10];
        for (int k = 1; k < 10; k++) {
            call[k] = (long) (k < args.length ? toInt(args[k]) : 0);
        }
        requireSetupterm();
        if (tparm == null) {
            ValueLayout[] params = new ValueLayout[10];
            params[0] = ValueLayout.ADDRESS;
            for (int k = 1; k < 10; k++) {
                params[k] = ValueLayout.JAVA_LONG;
            }
            tparm = Ncurses.LIB.function("tparm", FunctionDescriptor.of(ValueLayout.ADDRESS, params),
                    Linker.Option.firstVariadicArg(1));
        }
        try (Arena arena = Arena.ofConfined()) {
            call[0] = Libc.string(arena, s);
            MemorySegment r = Libc.callForAddress(tparm, call);
            if (r.address() == 0) {
                throw Py.error(error, "tparm() returned NULL");
            }
            return Py.bytes(Libc.stringBytes(r));
        }
    }

    @PyMethod(doc = "putp($module, string, /)\n--\n\ntputs(str, 1, putchar): emits a terminfo string.")
    static Object putp(Object string) {
        try (Arena arena = Arena.ofConfined()) {
            return check(i("putp", Libc.string(arena, Py.asBytes(string))), "putp");
        }
    }

    // ---------------------------------------------------------------- keys

    @PyMethod(doc = "keyname($module, key, /)\n--\n\nThe name of a key code, as bytes.")
    static Object keyname(int key) {
        requireInitscr();
        if (key < 0) {
            throw Py.valueError("invalid key number");
        }
        byte[] name = Libc.stringBytes(p("keyname", key));
        return Py.bytes(name == null ? new byte[0] : name);
    }

    @PyMethod(doc = "unctrl($module, ch, /)\n--\n\nA printable form of a character, as bytes (^X for control X).")
    static Object unctrl(Object ch) {
        requireInitscr();
        long c = CursesWindow.toChtype(ch, null);
        return Py.bytes(Libc.stringBytes(p("unctrl", (int) c)));
    }

    @PyMethod(doc = "has_key($module, key, /)\n--\n\nWhether the terminal has the key.")
    static boolean has_key(int key) {
        requireInitscr();
        return i("has_key", key) != 0;
    }

    @PyMethod(doc = "ungetch($module, ch, /)\n--\n\nPushes ch back, for the next getch().")
    static Object ungetch(Object ch) {
        requireInitscr();
        return check(i("ungetch", (int) CursesWindow.toChtype(ch, null)), "ungetch");
    }

    @PyMethod(doc = "unget_wch($module, ch, /)\n--\n\nPushes a wide character back, for the next get_wch().")
    static Object unget_wch(Object ch) {
        requireInitscr();
        int c;
        if (Py.isInstance(ch, Py.builtinType("str"))) {
            String s = Py.asString(ch);
            if (s.codePointCount(0, s.length()) != 1) {
                throw Py.typeError("expect str of length 1 or int, got a str of length "
                        + s.codePointCount(0, s.length()));
            }
            c = s.codePointAt(0);
        } else if (Py.isInstance(ch, Py.builtinType("int"))) {
            c = (int) Py.asLong(ch);
        } else {
            throw Py.typeError("expect str of length 1 or int, got " + Py.typeOf(ch).name());
        }
        return check(i("unget_wch", c), "unget_wch");
    }

    // ---------------------------------------------------------------- mouse

    @PyMethod(doc = "mousemask($module, newmask, /)\n--\n\nSets the mouse events reported; (availmask, oldmask).")
    static Object mousemask(long newmask) {
        requireInitscr();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment old = arena.allocate(ValueLayout.JAVA_INT);
            int avail = i("mousemask", (int) newmask, old);
            return Py.tuple(Py.integer(Integer.toUnsignedLong(avail)),
                    Py.integer(Integer.toUnsignedLong(old.get(ValueLayout.JAVA_INT, 0))));
        }
    }

    @PyMethod(doc = "mouseinterval($module, interval, /)\n--\n\nThe most milliseconds between press and release of a click.")
    static Object mouseinterval(int interval) {
        requireInitscr();
        return check(i("mouseinterval", interval), "mouseinterval");
    }

    /** {@code MEVENT}: short id; int x, y, z; mmask_t bstate. */
    private static final long MEVENT_SIZE = 20;

    @PyMethod(doc = "getmouse($module, /)\n--\n\nThe pending mouse event: (id, x, y, z, bstate).")
    static Object getmouse() {
        requireInitscr();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment e = arena.allocate(MEVENT_SIZE, 4);
            check(i("getmouse", e), "getmouse");
            return Py.tuple(Py.integer(e.get(ValueLayout.JAVA_SHORT, 0)), Py.integer(e.get(ValueLayout.JAVA_INT, 4)),
                    Py.integer(e.get(ValueLayout.JAVA_INT, 8)), Py.integer(e.get(ValueLayout.JAVA_INT, 12)),
                    Py.integer(Integer.toUnsignedLong(e.get(ValueLayout.JAVA_INT, 16))));
        }
    }

    @PyMethod(doc = "ungetmouse($module, id, x, y, z, bstate, /)\n--\n\nPushes a mouse event back.")
    static Object ungetmouse(int id, int x, int y, int z, long bstate) {
        requireInitscr();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment e = arena.allocate(MEVENT_SIZE, 4);
            e.set(ValueLayout.JAVA_SHORT, 0, (short) id);
            e.set(ValueLayout.JAVA_INT, 4, x);
            e.set(ValueLayout.JAVA_INT, 8, y);
            e.set(ValueLayout.JAVA_INT, 12, z);
            e.set(ValueLayout.JAVA_INT, 16, (int) bstate);
            return check(i("ungetmouse", e), "ungetmouse");
        }
    }

    // ---------------------------------------------------------------- saved windows

    @PyMethod(doc = "getwin($module, file, /)\n--\n\nA window read from data putwin() wrote.")
    static Object getwin(Object file) {
        requireInitscr();
        return CursesWindow.wrap(SavedWindow.get(file), null, null);
    }

    // ---------------------------------------------------------------- helpers

    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.typeError(name + "() takes no keyword arguments");
        }
    }

    /** A C int argument, as CPython's "i" format converts it. */
    static int toInt(Object o) {
        if (Py.isInstance(o, Py.builtinType("float"))) {
            throw Py.typeError("'float' object cannot be interpreted as an integer");
        }
        long v = Py.asLong(o);
        if (v > Integer.MAX_VALUE) {
            throw Py.overflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Py.overflowError("signed integer is less than minimum");
        }
        return (int) v;
    }

    static PythonException errorOf(String message) {
        return Py.error(error, message);
    }
}
