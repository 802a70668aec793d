package dev.kaa.vm.objects;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * "Did you mean" for {@code NameError}, {@code AttributeError} and {@code ImportError} (from
 * {@code from m import x}): the candidate names closest to the wrong one by a Levenshtein
 * distance where a case change costs 1 and any other edit 2, with CPython's limits (at most
 * 750 candidates, names of at most 40 bytes once common affixes are trimmed, no more than a
 * third of the characters changed). Distances count UTF-8 bytes, as CPython's
 * {@code Python/suggestions.c} (which {@code traceback} uses through {@code _suggestions}) does.
 *
 * <p>Thread safety: stateless.
 */
public final class TracebackSuggestions {
    private TracebackSuggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suggestion for {@code exc} (whose wrong name is {@code wrongName}), or null. */
    static String compute(PyBaseException exc, PyTraceback tb, Object wrongName, Function<String, Object> importer) {
        if (!(wrongName instanceof PyStr w)) {
            return null;
        }
        String wrong = w.toString();
        List<Object> names;
        try {
            if (exc instanceof ExcAttributeError a) {
                Object obj = a.obj == null ? PyNone.NONE : a.obj;
                names = dir(obj);
                boolean hide = !wrong.startsWith("_");
                if (hide && tb != null) {
                    Object self = localSelf(lastFrame(tb));
                    if (self == obj) {
                        hide = false;
                    }
                }
                if (hide) {
                    names.removeIf(n -> n instanceof PyStr s && s.toString().startsWith("_"));
                }
            } else if (exc instanceof ExcImportError i) {
                Object module = importer == null || !(i.name instanceof PyStr n) ? null : importer.apply(n.toString());
                if (module == null) {
                    return null;
                }
                names = dir(module);
                if (!wrong.startsWith("_")) {
                    names.removeIf(n -> n instanceof PyStr s && s.toString().startsWith("_"));
                }
            } else {
                if (tb == null) {
                    return null;
                }
                TracebackFrame f = lastFrame(tb);
                if (f == null) {
                    return null;
                }
                names = new ArrayList<>();
                for (TracebackFrame.Namespace ns : TracebackFrame.Namespace.values()) {
                    names.addAll(keys(namespace(f, ns)));
                }
                Object self = localSelf(f);
                if (self != null && Abstract.lookupAttr(self, w) != null) {
                    return "self." + wrong;
                }
            }
        } catch (PyException e) {
            return null;
        }
        return closest(names, wrong);
    }

    private static TracebackFrame lastFrame(PyTraceback tb) {
        while (tb.next() != null) {
            tb = tb.next();
        }
        return tb.frame() instanceof TracebackFrame f ? f : null;
    }

    /**
     * {@code f_locals}, {@code f_globals} or {@code f_builtins} of a frame: what the frame says,
     * or for the interpreter's own frames, their fields.
     */
    private static Object namespace(TracebackFrame f, TracebackFrame.Namespace which) {
        Object ns = f.suggestionNamespace(which);
        if (ns == null && f instanceof PyFrame p) {
            ns = switch (which) {
                case LOCALS -> p.localsMapping();
                case GLOBALS -> p.globals;
                case BUILTINS -> p.builtins;
            };
        }
        return ns;
    }

    /** {@code frame.f_locals['self']}, or null. */
    private static Object localSelf(TracebackFrame f) {
        Object locals = f == null ? null : namespace(f, TracebackFrame.Namespace.LOCALS);
        if (locals == null) {
            return null;
        }
        if (locals instanceof PyDict d) {
            return d.getItem(PyStr.intern("self"));
        }
        try {
            return Abstract.getItem(locals, PyStr.intern("self"));
        } catch (PyException e) {
            return null;
        }
    }

    private static List<Object> keys(Object mapping) {
        List<Object> out = new ArrayList<>();
        if (mapping instanceof PyModule m) {
            mapping = m.dict();
        }
        if (mapping instanceof PyDict d) {
            out.addAll(d.keys());
        } else if (mapping != null) {
            Abstract.forEach(mapping, out::add);
        }
        return out;
    }

    /** {@code dir(obj)}: its {@code __dir__()}, sorted. */
    static List<Object> dir(Object obj) {
        Object hook = Abstract.lookupSpecial(obj, PyStr.intern("__dir__"));
        List<Object> names = new ArrayList<>();
        if (hook == null) {
            names.addAll(java.util.Arrays.asList(Dir.ofObject(obj).toArray()));
        } else {
            Abstract.forEach(Abstract.call(hook), names::add);
        }
        for (Object n : names) {
            if (!(n instanceof PyStr)) {
                throw PyErr.typeError("'<' not supported between instances of '%T' and 'str'", n);
            }
        }
        names.sort((a, b) -> Strs.compareCodePoints(a.toString(), b.toString()));
        return names;
    }

    /**
     * The message suffix {@code ". Did you mean 'x'?"} for a wrong keyword name among
     * {@code candidates}, or "" when none is close enough (3.13's keyword-argument errors).
     */
    public static String didYouMean(String wrong, String... candidates) {
        List<Object> names = new java.util.ArrayList<>(candidates.length);
        for (String c : candidates) {
            names.add(PyStr.of(c));
        }
        String best = closest(names, wrong);
        return best == null ? "" : ". Did you mean '" + best + "'?";
    }

    /**
     * {@code _suggestions._generate_suggestions(names, wrong)}: the name closest to {@code wrong},
     * or null when none is close enough, there are too many names, or one is not a str.
     */
    public static String closest(List<Object> names, String wrong) {
        if (names.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        for (Object n : names) {
            if (!(n instanceof PyStr)) {
                return null;
            }
        }
        byte[] w = wrong.getBytes(StandardCharsets.UTF_8);
        int best = Integer.MAX_VALUE;
        String suggestion = null;
        for (Object n : names) {
            String item = n.toString();
            if (item.equals(wrong)) {
                continue;
            }
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            // No more than a third of the involved characters should need changing, and no
            // worse than the best so far.
            int max = Math.min((w.length + b.length + 3) * MOVE_COST / 6, best - 1);
            int d = distance(w, b, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = item;
                best = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if (a == b) {
            return 0;
        }
        int x = a >= 'A' && a <= 'Z' ? a + 32 : a;
        int y = b >= 'A' && b <= 'Z' ? b + 32 : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    /** The weighted edit distance of {@code a} and {@code b}, or something above {@code maxCost}. */
    static int distance(byte[] a, byte[] b, int maxCost) {
        int as = 0, ae = a.length, bs = 0, be = b.length;
        while (as < ae && bs < be && a[as] == b[bs]) {
            as++;
            bs++;
        }
        while (as < ae && bs < be && a[ae - 1] == b[be - 1]) {
            ae--;
            be--;
        }
        int an = ae - as, bn = be - bs;
        if (an == 0 || bn == 0) {
            return (an + bn) * MOVE_COST;
        }
        if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bn < an) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = as;
            as = bs;
            bs = ts;
            int tn = an;
            an = bn;
            bn = tn;
        }
        if ((bn - an) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[an];
        for (int i = 0; i < an; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bn; bi++) {
            byte code = b[bs + bi];
            int dist = bi * MOVE_COST;
            result = dist;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < an; i++) {
                int substitute = dist + substitutionCost(code, a[as + i]);
                dist = row[i];
                int insertDelete = Math.min(result, dist) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (maxCost >= 0 && minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    /** Whether {@code name} is in {@code sys.stdlib_module_names} (for "Did you forget to import 'x'?"). */
    static boolean isStdlibModule(String name) {
        return STDLIB.contains(name);
    }

    /**
     * {@code sys.stdlib_module_names}: the names of CPython 3.13's standard library modules on
     * every platform, whether or not Kaa has them (as CPython lists Windows modules on Linux).
     */
    public static Set<String> stdlibModuleNames() {
        return STDLIB;
    }

    private static final Set<String> STDLIB = Set.of((""
            + "__future__ _abc _aix_support _android_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn "
            + "_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _colorize "
            + "_compat_pickle _compression _contextvars _csv _ctypes _curses _curses_panel _datetime _dbm _decimal "
            + "_elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp "
            + "_interpchannels _interpqueues _interpreters _io _ios_support _json _locale _lsprof _lzma _markupbase "
            + "_md5 _multibytecodec _multiprocessing _opcode _opcode_metadata _operator _osx_support _overlapped "
            + "_pickle _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _pyrepl _queue "
            + "_random _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat "
            + "_statistics _string _strptime _struct _suggestions _symtable _sysconfig _thread _threading_local "
            + "_tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _wmi _zoneinfo "
            + "abc antigravity argparse array ast asyncio atexit base64 bdb binascii bisect builtins bz2 cProfile "
            + "calendar cmath cmd code codecs codeop collections colorsys compileall concurrent configparser "
            + "contextlib contextvars copy copyreg csv ctypes curses dataclasses datetime dbm decimal difflib dis "
            + "doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions "
            + "ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac "
            + "html http idlelib imaplib importlib inspect io ipaddress itertools json keyword linecache locale "
            + "logging lzma mailbox marshal math mimetypes mmap modulefinder msvcrt multiprocessing netrc nt ntpath "
            + "nturl2path numbers opcode operator optparse os pathlib pdb pickle pickletools pkgutil platform "
            + "plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data "
            + "pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select "
            + "selectors shelve shlex shutil signal site smtplib socket socketserver sqlite3 sre_compile "
            + "sre_constants sre_parse ssl stat statistics string stringprep struct subprocess symtable sys "
            + "sysconfig syslog tabnanny tarfile tempfile termios textwrap this threading time timeit tkinter token "
            + "tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest "
            + "urllib uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xml xmlrpc zipapp zipfile "
            + "zipimport zlib zoneinfo "
            ).trim().split(" "));
}
