package dev.kaa.stdlib.curses;

import static dev.kaa.stdlib.curses.CursesModule.noKeywords;
import static dev.kaa.stdlib.curses.CursesModule.toInt;
import static dev.kaa.stdlib.curses.Ncurses.ERR;
import static dev.kaa.stdlib.curses.Ncurses.KEY_CODE_YES;
import static dev.kaa.stdlib.curses.Ncurses.check;
import static dev.kaa.stdlib.curses.Ncurses.i;
import static dev.kaa.stdlib.curses.Ncurses.p;
import static dev.kaa.stdlib.curses.Ncurses.v;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * {@code _curses.window}: an ncurses {@code WINDOW*} with the text encoding its str arguments
 * are encoded in (the locale's, as CPython takes it). Methods take CPython's argument forms: a
 * leading optional {@code y, x} pair moves the cursor first; text is passed to ncurses' wide
 * functions as {@code wchar_t} (UTF-32) when given as str, to the narrow ones when bytes.
 *
 * <p>Thread safety: as ncurses, used under the GIL; the blocking reads release it.
 */
public final class CursesWindow extends ExtensionObject {
    private static PythonType type;

    final MemorySegment win;
    private String encoding;
    /** The window this one is a subwindow of, kept alive as long as this one. */
    private final CursesWindow parent;

    private CursesWindow(PythonType type, MemorySegment win, String encoding, CursesWindow parent) {
        super(type);
        this.win = win;
        this.encoding = encoding != null ? encoding : defaultEncoding();
        this.parent = parent;
    }

    CursesWindow(MemorySegment win, String encoding, CursesWindow parent) {
        this(windowType(), win, encoding, parent);
    }

    private static PythonType windowType() {
        return type;
    }

    static void setType(PythonType t) {
        type = t;
    }

    /** A window for a pointer a creating call returned; NULL is CPython's error. */
    static CursesWindow wrap(MemorySegment w, String encoding, CursesWindow parent) {
        if (w.address() == 0) {
            throw CursesModule.errorOf("curses function returned NULL");
        }
        return new CursesWindow(w, encoding, parent);
    }

    private static String cachedEncoding;

    /** The locale's codeset, or utf-8, as CPython's window takes it when none is given. */
    private static String defaultEncoding() {
        if (cachedEncoding == null) {
            String enc = "utf-8";
            try {
                Object locale = Py.importModule("locale");
                Object codeset = Py.callMethod(locale, "nl_langinfo", Py.getAttr(locale, "CODESET"));
                String s = Py.asString(codeset);
                if (!s.isEmpty()) {
                    enc = s;
                }
            } catch (RuntimeException e) {
                // utf-8
            }
            cachedEncoding = enc;
        }
        return cachedEncoding;
    }

    private static final MethodHandle SETLOCALE = Libc.function("setlocale",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final int LC_CTYPE = 0;

    /**
     * Gives the C library the environment's character type, as CPython's start-up does, so that
     * ncurses' wide functions write UTF-8 (a JVM leaves the C locale at "C").
     */
    static void setCLocale() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment now = Libc.callForAddress(SETLOCALE, Libc.callState(arena), LC_CTYPE, MemorySegment.NULL);
            byte[] name = Libc.stringBytes(now);
            if (name == null || new String(name).equals("C") || new String(name).equals("POSIX")) {
                Libc.callForAddress(SETLOCALE, Libc.callState(arena), LC_CTYPE, Libc.string(arena, new byte[0]));
            }
        }
    }

    // ---------------------------------------------------------------- conversions

    /**
     * A character argument as a chtype: an int, or a bytes or str of length 1 (a str encoded in
     * {@code encoding}, to a single byte).
     */
    static long toChtype(Object ch, String encoding) {
        if (Py.isInstance(ch, Py.builtinType("int"))) {
            // A C long that survives the cast to the 32-bit unsigned chtype, as CPython checks.
            BigInteger v = Py.asBigInteger(ch);
            if (v.signum() < 0 || v.bitLength() > 32) {
                throw Py.overflowError("byte doesn't fit in chtype");
            }
            return v.longValue();
        }
        if (Py.isInstance(ch, Py.builtinType("bytes"))) {
            byte[] b = Py.asBytes(ch);
            if (b.length == 1) {
                return b[0] & 0xff;
            }
        }
        if (Py.isInstance(ch, Py.builtinType("str"))) {
            String s = Py.asString(ch);
            int n = s.codePointCount(0, s.length());
            if (n != 1) {
                throw Py.typeError("expect bytes or str of length 1, or int, got a str of length " + n);
            }
            int c = s.codePointAt(0);
            if (c < 128) {
                return c;
            }
            byte[] b = Py.asBytes(Py.callMethod(ch, "encode", Py.str(encoding != null ? encoding : defaultEncoding())));
            if (b.length != 1) {
                throw Py.overflowError("byte doesn't fit in chtype");
            }
            return b[0] & 0xff;
        }
        throw Py.typeError("expect bytes or str of length 1, or int, got " + Py.typeOf(ch).name());
    }

    /** A str as a NUL-terminated {@code wchar_t} string. */
    private static MemorySegment wide(Arena arena, String s) {
        if (s.indexOf('\0') >= 0) {
            throw Py.valueError("embedded null character");
        }
        int[] cps = s.codePoints().toArray();
        MemorySegment w = arena.allocate(ValueLayout.JAVA_INT, cps.length + 1L);
        for (int k = 0; k < cps.length; k++) {
            w.setAtIndex(ValueLayout.JAVA_INT, k, cps[k]);
        }
        return w;
    }

    private static MemorySegment narrow(Arena arena, byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                throw Py.valueError("embedded null character");
            }
        }
        return Libc.string(arena, b);
    }

    private static boolean isStr(Object o) {
        return Py.isInstance(o, Py.builtinType("str"));
    }

    private static Object checkText(Object o) {
        if (isStr(o) || Py.isInstance(o, Py.builtinType("bytes"))) {
            return o;
        }
        throw Py.typeError("expect bytes or str, got " + Py.typeOf(o).name());
    }

    /** A {@code cchar_t} for one character with attributes: attr_t attr; wchar_t chars[5]; int ext_color. */
    private static MemorySegment cchar(Arena arena, int codePoint, long attr) {
        MemorySegment wch = arena.allocate(ValueLayout.JAVA_INT, 2);
        wch.setAtIndex(ValueLayout.JAVA_INT, 0, codePoint);
        MemorySegment c = arena.allocate(28, 4);
        int pair = (int) ((attr & 0xff00L) >> 8);
        if (i("setcchar", c, wch, (int) (attr & ~0xff00L), (short) pair, MemorySegment.NULL) == ERR) {
            throw Ncurses.returnedErr("setcchar");
        }
        return c;
    }

    /** A one-character str whose character needs the wide functions, or -1. */
    private static int wideChar(Object ch) {
        if (!isStr(ch)) {
            return -1;
        }
        String s = Py.asString(ch);
        if (s.codePointCount(0, s.length()) != 1) {
            return -1;
        }
        return s.codePointAt(0);
    }

    private void requireArgs(String name, Object[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        if (args.length < min || args.length > max) {
            throw Py.typeError("_curses.window." + name + " requires " + min + " to " + max + " arguments");
        }
    }

    /** Moves the cursor for a method given {@code y, x}: CPython's "wmove() returned ERR" when it fails. */
    private void moveFirst(Object y, Object x) {
        check(i("wmove", win, toInt(y), toInt(x)), "wmove");
    }

    // ---------------------------------------------------------------- output

    /** Only the module's functions make these, as in CPython. */
    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        throw Py.typeError("cannot create '_curses.window' instances");
    }

    @PyMethod(doc = "addch([y, x,] ch, [attr=_curses.A_NORMAL])\nPaints ch at (y, x) with attributes attr.")
    Object addch(Object[] args, String[] kwnames) {
        requireArgs("addch", args, kwnames, 1, 4);
        boolean xy = args.length >= 3;
        Object ch = args[xy ? 2 : 0];
        boolean hasAttr = args.length == 2 || args.length == 4;
        long attr = hasAttr ? Py.asLong(args[args.length - 1]) : 0;
        int rc;
        String name;
        int wc = wideChar(ch);
        if (wc >= 0) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment c = cchar(arena, wc, attr);
                if (xy) {
                    rc = i("wmove", win, toInt(args[0]), toInt(args[1]));
                    rc = rc == ERR ? ERR : i("wadd_wch", win, c);
                } else {
                    rc = i("wadd_wch", win, c);
                }
            }
            name = "add_wch";
        } else {
            if (Py.isInstance(ch, Py.builtinType("int")) && Py.asBigInteger(ch).bitLength() > 63) {
                throw Py.overflowError("int doesn't fit in long");
            }
            long c = toChtype(ch, encoding);
            if (xy) {
                rc = i("wmove", win, toInt(args[0]), toInt(args[1]));
                rc = rc == ERR ? ERR : i("waddch", win, (int) (c | attr));
            } else {
                rc = i("waddch", win, (int) (c | attr));
            }
            name = "addch";
        }
        return check(rc, name);
    }

    /** addstr, addnstr, insstr and insnstr: text with optional position, count and attributes. */
    private Object text(String method, Object[] args, String[] kwnames, boolean counted, String wideFn,
            String narrowFn, String wideName, String narrowName) {
        int base = counted ? 2 : 1;
        requireArgs(method, args, kwnames, base, base + 3);
        boolean xy = args.length >= base + 2;
        int at = xy ? 2 : 0;
        Object str = checkText(args[at]);
        int n = counted ? toInt(args[at + 1]) : -1;
        boolean hasAttr = args.length == base + 1 || args.length == base + 3;
        long attr = hasAttr ? Py.asLong(args[args.length - 1]) : 0;
        int old = 0;
        if (hasAttr) {
            old = i("getattrs", win);
            i("wattrset", win, (int) attr);
        }
        int rc;
        String name;
        try (Arena arena = Arena.ofConfined()) {
            if (xy) {
                rc = i("wmove", win, toInt(args[0]), toInt(args[1]));
            } else {
                rc = 0;
            }
            if (isStr(str)) {
                MemorySegment w = wide(arena, Py.asString(str));
                if (rc != ERR) {
                    rc = counted ? i(wideFn, win, w, n) : i(wideFn, win, w, -1);
                }
                name = wideName;
            } else {
                MemorySegment s = narrow(arena, Py.asBytes(str));
                if (rc != ERR) {
                    rc = counted ? i(narrowFn, win, s, n) : i(narrowFn, win, s, -1);
                }
                name = narrowName;
            }
        } finally {
            if (hasAttr) {
                i("wattrset", win, old);
            }
        }
        return check(rc, name);
    }

    @PyMethod(doc = "addstr([y, x,] str, [attr])\nPaints str at (y, x) with attributes attr.")
    Object addstr(Object[] args, String[] kwnames) {
        return text("addstr", args, kwnames, false, "waddnwstr", "waddnstr", "addwstr", "addstr");
    }

    @PyMethod(doc = "addnstr([y, x,] str, n, [attr])\nPaints at most n characters of str.")
    Object addnstr(Object[] args, String[] kwnames) {
        return text("addnstr", args, kwnames, true, "waddnwstr", "waddnstr", "addnwstr", "addnstr");
    }

    @PyMethod(doc = "insstr([y, x,] str, [attr])\nInserts str before the cursor, without moving it.")
    Object insstr(Object[] args, String[] kwnames) {
        return text("insstr", args, kwnames, false, "wins_nwstr", "winsnstr", "inswstr", "insstr");
    }

    @PyMethod(doc = "insnstr([y, x,] str, n, [attr])\nInserts at most n characters of str.")
    Object insnstr(Object[] args, String[] kwnames) {
        return text("insnstr", args, kwnames, true, "wins_nwstr", "winsnstr", "insn_wstr", "insnstr");
    }

    @PyMethod(doc = "insch([y, x,] ch, [attr=_curses.A_NORMAL])\nInserts ch before the cursor.")
    Object insch(Object[] args, String[] kwnames) {
        requireArgs("insch", args, kwnames, 1, 4);
        boolean xy = args.length >= 3;
        long c = toChtype(args[xy ? 2 : 0], encoding);
        long attr = args.length == 2 || args.length == 4 ? Py.asLong(args[args.length - 1]) : 0;
        int rc = xy ? i("wmove", win, toInt(args[0]), toInt(args[1])) : 0;
        if (rc != ERR) {
            rc = i("winsch", win, (int) (c | attr));
        }
        return check(rc, "insch");
    }

    @PyMethod(doc = "echochar(ch, attr=_curses.A_NORMAL, /)\n--\n\naddch() then refresh().")
    Object echochar(Object ch, @Opt("0") long attr) {
        long c = toChtype(ch, encoding);
        if (Ncurses.b("is_pad", win)) {
            return check(i("pechochar", win, (int) (c | attr)), "echochar");
        }
        return check(i("wechochar", win, (int) (c | attr)), "echochar");
    }

    @PyMethod(doc = "delch([y, x])\nDeletes the character under the cursor.")
    Object delch(Object[] args, String[] kwnames) {
        requireArgs("delch", args, kwnames, 0, 2);
        if (args.length == 1) {
            throw Py.typeError("_curses.window.delch requires 0 to 2 arguments");
        }
        if (args.length == 2) {
            int rc = i("wmove", win, toInt(args[0]), toInt(args[1]));
            return check(rc == ERR ? ERR : i("wdelch", win), "mvwdelch");
        }
        return check(i("wdelch", win), "wdelch");
    }

    @PyMethod(doc = "border(ls=0, rs=0, ts=0, bs=0, tl=0, tr=0, bl=0, br=0, /)\n--\n\nDraws a border.")
    void border(@Opt Object ls, @Opt Object rs, @Opt Object ts, @Opt Object bs, @Opt Object tl, @Opt Object tr,
            @Opt Object bl, @Opt Object br) {
        Object[] all = {ls, rs, ts, bs, tl, tr, bl, br};
        Object[] c = new Object[9];
        c[0] = win;
        for (int k = 0; k < 8; k++) {
            c[k + 1] = (int) (all[k] == null ? 0 : toChtype(all[k], encoding));
        }
        i("wborder", c);
    }

    @PyMethod(doc = "box([verch=0, horch=0])\nDraws a border of verch and horch characters.")
    void box(Object[] args, String[] kwnames) {
        noKeywords("box", kwnames);
        if (args.length != 0 && args.length != 2) {
            throw Py.typeError("_curses.window.box requires 0 to 2 arguments");
        }
        int ver = args.length == 2 ? (int) toChtype(args[0], encoding) : 0;
        int hor = args.length == 2 ? (int) toChtype(args[1], encoding) : 0;
        i("box", win, ver, hor);
    }

    private Object line(String name, String fn, Object[] args, String[] kwnames) {
        requireArgs(name, args, kwnames, 2, 5);
        boolean xy = args.length >= 4;
        int at = xy ? 2 : 0;
        long c = toChtype(args[at], encoding);
        int n = toInt(args[at + 1]);
        long attr = args.length == 3 || args.length == 5 ? Py.asLong(args[args.length - 1]) : 0;
        if (xy) {
            moveFirst(args[0], args[1]);
        }
        return check(i(fn, win, (int) (c | attr), n), name);
    }

    @PyMethod(doc = "hline([y, x,] ch, n, [attr])\nA horizontal line of n characters ch.")
    Object hline(Object[] args, String[] kwnames) {
        return line("hline", "whline", args, kwnames);
    }

    @PyMethod(doc = "vline([y, x,] ch, n, [attr])\nA vertical line of n characters ch.")
    Object vline(Object[] args, String[] kwnames) {
        return line("vline", "wvline", args, kwnames);
    }

    @PyMethod(doc = "chgat([y, x,] [n=-1,] attr)\nSets the attributes of n characters.")
    Object chgat(Object[] args, String[] kwnames) {
        noKeywords("chgat", kwnames);
        if (args.length < 1 || args.length > 4) {
            throw Py.typeError("chgat requires 1 to 4 arguments");
        }
        long attr = Py.asLong(args[args.length - 1]);
        int n = args.length == 2 || args.length == 4 ? toInt(args[args.length - 2]) : -1;
        int y;
        if (args.length >= 3) {
            y = toInt(args[0]);
            moveFirst(args[0], args[1]);
        } else {
            y = i("getcury", win);
        }
        int rc = i("wchgat", win, n, (int) (attr & 0xffffff00L & ~0xff00L), (short) ((attr & 0xff00L) >> 8),
                MemorySegment.NULL);
        i("touchline", win, y, 1);
        return check(rc, "chgat");
    }

    @PyMethod(doc = "attron($module, attr, /)\n--\n\nTurns attributes on.")
    Object attron(long attr) {
        return check(i("wattron", win, (int) attr), "attron");
    }

    @PyMethod(doc = "attroff($module, attr, /)\n--\n\nTurns attributes off.")
    Object attroff(long attr) {
        return check(i("wattroff", win, (int) attr), "attroff");
    }

    @PyMethod(doc = "attrset($module, attr, /)\n--\n\nSets the attributes.")
    Object attrset(long attr) {
        return check(i("wattrset", win, (int) attr), "attrset");
    }

    @PyMethod(doc = "standout($self, /)\n--\n\nTurns A_STANDOUT on.")
    Object standout() {
        return check(i("wattrset", win, 65536), "wstandout");
    }

    @PyMethod(doc = "standend($self, /)\n--\n\nTurns all attributes off.")
    Object standend() {
        return check(i("wattrset", win, 0), "wstandend");
    }

    @PyMethod(doc = "bkgd(ch, attr=_curses.A_NORMAL, /)\n--\n\nSets the background and applies it.")
    Object bkgd(Object ch, @Opt("0") long attr) {
        return check(i("wbkgd", win, (int) (toChtype(ch, encoding) | attr)), "bkgd");
    }

    @PyMethod(doc = "bkgdset(ch, attr=_curses.A_NORMAL, /)\n--\n\nSets the background.")
    void bkgdset(Object ch, @Opt("0") long attr) {
        v("wbkgdset", win, (int) (toChtype(ch, encoding) | attr));
    }

    @PyMethod(doc = "getbkgd($self, /)\n--\n\nThe background character and attributes.")
    long getbkgd() {
        return Integer.toUnsignedLong(i("getbkgd", win));
    }

    // ---------------------------------------------------------------- input

    private void maybeMove(String name, Object[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 0 && args.length != 2) {
            throw Py.typeError("_curses.window." + name + " requires 0 to 2 arguments");
        }
    }

    private int readKey(Object[] args) {
        int rc = 0;
        if (args.length == 2) {
            rc = i("wmove", win, toInt(args[0]), toInt(args[1]));
        }
        if (rc == ERR) {
            return ERR;
        }
        try (var released = Py.releaseGil()) {
            return i("wgetch", win);
        }
    }

    @PyMethod(doc = "getch([y, x])\nReads a key: a character code or a KEY_* code (-1 when none came).")
    int getch(Object[] args, String[] kwnames) {
        maybeMove("getch", args, kwnames);
        return readKey(args);
    }

    @PyMethod(doc = "getkey([y, x])\nReads a key, as a str (a key name for a function key).")
    Object getkey(Object[] args, String[] kwnames) {
        maybeMove("getkey", args, kwnames);
        int rc = readKey(args);
        if (rc == ERR) {
            Py.checkInterrupt();
            throw CursesModule.errorOf("no input");
        }
        if (rc <= 255) {
            return Py.str(Character.toString(rc));
        }
        byte[] name = Libc.stringBytes(p("keyname", rc));
        return Py.str(name == null ? "" : new String(name, StandardCharsets.UTF_8));
    }

    @PyMethod(doc = "get_wch([y, x])\nReads a wide character (a str) or a function key (an int).")
    Object get_wch(Object[] args, String[] kwnames) {
        maybeMove("get_wch", args, kwnames);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ValueLayout.JAVA_INT);
            int rc = 0;
            if (args.length == 2) {
                rc = i("wmove", win, toInt(args[0]), toInt(args[1]));
            }
            if (rc != ERR) {
                try (var released = Py.releaseGil()) {
                    rc = i("wget_wch", win, out);
                }
            }
            if (rc == ERR) {
                Py.checkInterrupt();
                throw CursesModule.errorOf("no input");
            }
            int c = out.get(ValueLayout.JAVA_INT, 0);
            return rc == KEY_CODE_YES ? Py.integer(c) : Py.str(Character.toString(c));
        }
    }

    /** getstr and instr: {@code [y, x,] [n=1023]}. */
    private Object readString(String name, Object[] args, String[] kwnames, boolean blocking) {
        requireArgs(name, args, kwnames, 0, 3);
        int n = 1023;
        if (args.length == 1 || args.length == 3) {
            n = toInt(args[args.length - 1]);
            if (n < 0) {
                throw Py.valueError("'n' must be nonnegative");
            }
        }
        n = Math.min(n, 1023);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(n + 1L);
            int rc = 0;
            if (args.length >= 2) {
                rc = i("wmove", win, toInt(args[0]), toInt(args[1]));
            }
            if (rc != ERR) {
                if (blocking) {
                    try (var released = Py.releaseGil()) {
                        rc = i("wgetnstr", win, buf, n);
                    }
                } else {
                    rc = i("winnstr", win, buf, n);
                }
            }
            if (rc == ERR) {
                return Py.bytes(new byte[0]);
            }
            return Py.bytes(Libc.stringBytes(buf));
        }
    }

    @PyMethod(doc = "getstr([y, x,] n=1023)\nReads a line of at most n bytes.")
    Object getstr(Object[] args, String[] kwnames) {
        return readString("getstr", args, kwnames, true);
    }

    @PyMethod(doc = "instr([y, x,] n=1023)\nThe bytes at the cursor, at most n.")
    Object instr(Object[] args, String[] kwnames) {
        return readString("instr", args, kwnames, false);
    }

    @PyMethod(doc = "inch([y, x])\nThe character and attributes at the position.")
    long inch(Object[] args, String[] kwnames) {
        maybeMove("inch", args, kwnames);
        if (args.length == 2 && i("wmove", win, toInt(args[0]), toInt(args[1])) == ERR) {
            return Integer.toUnsignedLong(ERR);
        }
        return Integer.toUnsignedLong(i("winch", win));
    }

    // ---------------------------------------------------------------- cursor and geometry

    @PyMethod(doc = "move($self, new_y, new_x, /)\n--\n\nMoves the cursor.")
    Object move(int y, int x) {
        return check(i("wmove", win, y, x), "wmove");
    }

    private Object pair(String yFn, String xFn) {
        return Py.tuple(Py.integer(i(yFn, win)), Py.integer(i(xFn, win)));
    }

    @PyMethod(doc = "getyx($self, /)\n--\n\nThe cursor position, (y, x).")
    Object getyx() {
        return pair("getcury", "getcurx");
    }

    @PyMethod(doc = "getbegyx($self, /)\n--\n\nThe upper-left corner, (y, x).")
    Object getbegyx() {
        return pair("getbegy", "getbegx");
    }

    @PyMethod(doc = "getmaxyx($self, /)\n--\n\nThe size, (height, width).")
    Object getmaxyx() {
        return pair("getmaxy", "getmaxx");
    }

    @PyMethod(doc = "getparyx($self, /)\n--\n\nThe position in the parent window, or (-1, -1).")
    Object getparyx() {
        return pair("getpary", "getparx");
    }

    @PyMethod(doc = "mvwin($self, new_y, new_x, /)\n--\n\nMoves the window.")
    Object mvwin(int y, int x) {
        return check(i("mvwin", win, y, x), "mvwin");
    }

    @PyMethod(doc = "mvderwin($self, y, x, /)\n--\n\nMoves the window inside its parent.")
    Object mvderwin(int y, int x) {
        return check(i("mvderwin", win, y, x), "mvderwin");
    }

    @PyMethod(doc = "resize($self, nlines, ncols, /)\n--\n\nResizes the window.")
    Object resize(int nlines, int ncols) {
        return check(i("wresize", win, nlines, ncols), "wresize");
    }

    private CursesWindow child(String name, Object[] args, String[] kwnames, boolean relative) {
        noKeywords(name, kwnames);
        if (args.length != 2 && args.length != 4) {
            throw Py.typeError("_curses.window." + name + " requires 2 to 4 arguments");
        }
        int nlines = args.length == 4 ? toInt(args[0]) : 0;
        int ncols = args.length == 4 ? toInt(args[1]) : 0;
        int y = toInt(args[args.length - 2]);
        int x = toInt(args[args.length - 1]);
        String fn = relative ? "derwin" : Ncurses.b("is_pad", win) ? "subpad" : "subwin";
        return wrap(p(fn, win, nlines, ncols, y, x), encoding, this);
    }

    @PyMethod(doc = "subwin([nlines=0, ncols=0,] begin_y, begin_x)\nA subwindow, placed in screen coordinates.")
    Object subwin(Object[] args, String[] kwnames) {
        return child("subwin", args, kwnames, false);
    }

    @PyMethod(doc = "subpad([nlines=0, ncols=0,] begin_y, begin_x)\nA subwindow, placed in screen coordinates.")
    Object subpad(Object[] args, String[] kwnames) {
        return child("subpad", args, kwnames, false);
    }

    @PyMethod(doc = "derwin([nlines=0, ncols=0,] begin_y, begin_x)\nA subwindow, placed relative to this one.")
    Object derwin(Object[] args, String[] kwnames) {
        return child("derwin", args, kwnames, true);
    }

    @PyMethod(doc = "enclose($self, y, x, /)\n--\n\nWhether the screen position is in the window.")
    boolean enclose(int y, int x) {
        return Ncurses.b("wenclose", win, y, x);
    }

    // ---------------------------------------------------------------- refresh

    private Object refreshing(String name, Object[] args, String[] kwnames, String padFn, String winFn) {
        noKeywords(name, kwnames);
        if (args.length != 0 && args.length != 6) {
            throw Py.typeError("_curses.window." + name + " requires 0 to 6 arguments");
        }
        if (Ncurses.b("is_pad", win)) {
            if (args.length != 6) {
                throw CursesModule.errorOf(name + (name.equals("refresh") ? "()" : "() called")
                        + " for a pad requires 6 arguments");
            }
            Object[] c = new Object[7];
            c[0] = win;
            for (int k = 0; k < 6; k++) {
                c[k + 1] = toInt(args[k]);
            }
            int rc;
            try (var released = Py.releaseGil()) {
                rc = i(padFn, c);
            }
            return check(rc, padFn);
        }
        if (args.length != 0) {
            throw Py.typeError(name + "() takes no arguments (" + args.length + " given)");
        }
        int rc;
        try (var released = Py.releaseGil()) {
            rc = i(winFn, win);
        }
        return check(rc, winFn);
    }

    @PyMethod(doc = "refresh([pminrow, pmincol, sminrow, smincol, smaxrow, smaxcol])\n"
            + "Updates the screen (for a pad, the part given).")
    Object refresh(Object[] args, String[] kwnames) {
        return refreshing("refresh", args, kwnames, "prefresh", "wrefresh");
    }

    @PyMethod(doc = "noutrefresh([pminrow, pmincol, sminrow, smincol, smaxrow, smaxcol])\n"
            + "Marks for update at the next doupdate().")
    Object noutrefresh(Object[] args, String[] kwnames) {
        return refreshing("noutrefresh", args, kwnames, "pnoutrefresh", "wnoutrefresh");
    }

    private Object simple(String fn) {
        return check(i(fn, win), fn);
    }

    @PyMethod(doc = "clear($self, /)\n--\n\nerase(), and a full repaint at the next refresh.")
    Object clear() {
        return simple("wclear");
    }

    @PyMethod(doc = "erase($self, /)\n--\n\nBlanks the window.")
    Object erase() {
        return simple("werase");
    }

    @PyMethod(doc = "clrtobot($self, /)\n--\n\nErases from the cursor to the end of the window.")
    Object clrtobot() {
        return simple("wclrtobot");
    }

    @PyMethod(doc = "clrtoeol($self, /)\n--\n\nErases from the cursor to the end of the line.")
    Object clrtoeol() {
        return simple("wclrtoeol");
    }

    @PyMethod(doc = "deleteln($self, /)\n--\n\nDeletes the cursor's line.")
    Object deleteln() {
        return simple("wdeleteln");
    }

    @PyMethod(doc = "insertln($self, /)\n--\n\nInserts a blank line above the cursor.")
    Object insertln() {
        return simple("winsertln");
    }

    @PyMethod(doc = "insdelln($self, nlines, /)\n--\n\nInserts (or, negative, deletes) lines.")
    Object insdelln(int nlines) {
        return check(i("winsdelln", win, nlines), "winsdelln");
    }

    @PyMethod(doc = "redrawwin($self, /)\n--\n\nRepaints the whole window at the next refresh.")
    Object redrawwin() {
        return simple("redrawwin");
    }

    @PyMethod(doc = "redrawln($self, beg, num, /)\n--\n\nRepaints num lines from beg at the next refresh.")
    Object redrawln(int beg, int num) {
        return check(i("wredrawln", win, beg, num), "wredrawln");
    }

    @PyMethod(doc = "touchwin($self, /)\n--\n\nMarks the whole window changed.")
    Object touchwin() {
        return simple("touchwin");
    }

    @PyMethod(doc = "untouchwin($self, /)\n--\n\nMarks the whole window unchanged.")
    Object untouchwin() {
        return simple("untouchwin");
    }

    @PyMethod(doc = "touchline(start, count, [changed=True])\nMarks count lines from start changed (or not).")
    Object touchline(Object[] args, String[] kwnames) {
        requireArgs("touchline", args, kwnames, 2, 3);
        int start = toInt(args[0]);
        int count = toInt(args[1]);
        if (args.length == 3) {
            return check(i("wtouchln", win, start, count, Py.isTrue(args[2]) ? 1 : 0), "wtouchln");
        }
        return check(i("touchline", win, start, count), "touchline");
    }

    @PyMethod(doc = "is_wintouched($self, /)\n--\n\nWhether the window changed since the last refresh.")
    boolean is_wintouched() {
        return Ncurses.b("is_wintouched", win);
    }

    @PyMethod(doc = "is_linetouched($self, line, /)\n--\n\nWhether the line changed since the last refresh.")
    boolean is_linetouched(int line) {
        // ncurses' macro refuses a line outside the window (ERR), which CPython reports so.
        if (line < 0 || line > i("getmaxy", win)) {
            throw Py.typeError("is_linetouched: line number outside of boundaries");
        }
        return Ncurses.b("is_linetouched", win, line);
    }

    @PyMethod(doc = "syncup($self, /)\n--\n\nMarks the ancestors' cells this window changed.")
    void syncup() {
        v("wsyncup", win);
    }

    @PyMethod(doc = "syncdown($self, /)\n--\n\nMarks the cells the ancestors changed.")
    void syncdown() {
        v("wsyncdown", win);
    }

    @PyMethod(doc = "cursyncup($self, /)\n--\n\nMoves the ancestors' cursors to this one's.")
    void cursyncup() {
        v("wcursyncup", win);
    }

    // ---------------------------------------------------------------- options

    private Object option(String fn, boolean flag) {
        return check(i(fn, win, flag ? 1 : 0), fn);
    }

    @PyMethod(doc = "keypad($self, flag, /)\n--\n\nWhether function keys come as KEY_* codes.")
    Object keypad(boolean flag) {
        return option("keypad", flag);
    }

    @PyMethod(doc = "nodelay($self, flag, /)\n--\n\nWhether getch() returns at once.")
    Object nodelay(boolean flag) {
        return option("nodelay", flag);
    }

    @PyMethod(doc = "notimeout($self, flag, /)\n--\n\nWhether escape sequences are read without a timeout.")
    Object notimeout(boolean flag) {
        return option("notimeout", flag);
    }

    @PyMethod(doc = "scrollok($self, flag, /)\n--\n\nWhether output past the bottom scrolls.")
    Object scrollok(boolean flag) {
        return option("scrollok", flag);
    }

    @PyMethod(doc = "leaveok($self, flag, /)\n--\n\nWhether the cursor is left where the update leaves it.")
    Object leaveok(boolean flag) {
        return option("leaveok", flag);
    }

    @PyMethod(doc = "clearok($self, flag, /)\n--\n\nWhether the next refresh clears the screen.")
    Object clearok(boolean flag) {
        return option("clearok", flag);
    }

    @PyMethod(doc = "idlok($self, flag, /)\n--\n\nWhether the terminal's line insertion is used.")
    Object idlok(boolean flag) {
        return option("idlok", flag);
    }

    @PyMethod(doc = "syncok($self, flag, /)\n--\n\nWhether each change calls syncup().")
    Object syncok(boolean flag) {
        return option("syncok", flag);
    }

    @PyMethod(doc = "idcok($self, flag, /)\n--\n\nWhether the terminal's character insertion is used.")
    void idcok(boolean flag) {
        v("idcok", win, flag ? 1 : 0);
    }

    @PyMethod(doc = "immedok($self, flag, /)\n--\n\nWhether each change refreshes.")
    void immedok(boolean flag) {
        v("immedok", win, flag ? 1 : 0);
    }

    @PyMethod(doc = "timeout($self, delay, /)\n--\n\nHow long reads wait, in ms (-1: forever, 0: not at all).")
    void timeout(int delay) {
        v("wtimeout", win, delay);
    }

    @PyMethod(doc = "scroll([lines=1])\nScrolls the window up by lines.")
    Object scroll(Object[] args, String[] kwnames) {
        requireArgs("scroll", args, kwnames, 0, 1);
        if (args.length == 1) {
            return check(i("wscrl", win, toInt(args[0])), "scroll");
        }
        return check(i("scroll", win), "scroll");
    }

    @PyMethod(doc = "setscrreg($self, top, bottom, /)\n--\n\nThe scrolling region.")
    Object setscrreg(int top, int bottom) {
        return check(i("wsetscrreg", win, top, bottom), "wsetscrreg");
    }

    // ---------------------------------------------------------------- copying

    private Object copy(String name, boolean overlay, Object[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 1 && args.length != 7) {
            throw Py.typeError("_curses.window." + name + " requires 1 to 7 arguments");
        }
        if (!(args[0] instanceof CursesWindow dest)) {
            throw Py.typeError(name + "() argument 1 must be _curses.window, not " + Py.typeOf(args[0]).name());
        }
        if (args.length == 7) {
            Object[] c = new Object[9];
            c[0] = win;
            c[1] = dest.win;
            for (int k = 1; k < 7; k++) {
                c[k + 1] = toInt(args[k]);
            }
            c[8] = overlay ? 1 : 0;
            return check(i("copywin", c), "copywin");
        }
        return check(i(name, win, dest.win), name);
    }

    @PyMethod(doc = "overlay(destwin, [sminrow, smincol, dminrow, dmincol, dmaxrow, dmaxcol])\n"
            + "Copies the non-blank characters onto destwin.")
    Object overlay(Object[] args, String[] kwnames) {
        return copy("overlay", true, args, kwnames);
    }

    @PyMethod(doc = "overwrite(destwin, [sminrow, smincol, dminrow, dmincol, dmaxrow, dmaxcol])\n"
            + "Copies the characters onto destwin.")
    Object overwrite(Object[] args, String[] kwnames) {
        return copy("overwrite", false, args, kwnames);
    }

    @PyMethod(doc = "putwin($self, file, /)\n--\n\nWrites the window's data to file.")
    Object putwin(Object file) {
        SavedWindow.put(win, file);
        return Py.none();
    }

    // ---------------------------------------------------------------- encoding

    @PyGetter(doc = "the encoding used to encode str arguments")
    Object encoding() {
        return Py.str(encoding);
    }

    @PySetter("encoding")
    void setEncoding(Object value) {
        if (value == null) {
            throw Py.typeError("encoding may not be deleted");
        }
        if (!isStr(value)) {
            throw Py.typeError("setting encoding to a non-string");
        }
        String s = Py.asString(value);
        if (s.indexOf('\0') >= 0) {
            throw Py.valueError("embedded null character");
        }
        encoding = s;
    }

}
