package dev.kaa.vm.modules.sre;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.GenericAlias;
import dev.kaa.vm.objects.MappingProxy;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyCallIter;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code re.Pattern}: a compiled regular expression, made by {@code _sre.compile} from the code
 * that {@code re._compiler} produced.
 *
 * <p>Thread safety: immutable.
 */
public final class PatternObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("re.Pattern", PatternObject.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    private static final String[] FLAG_NAMES = {
        null, "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE",
        "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    /** The source given to compile: a str, bytes, or None. */
    final Object pattern;
    final int flags;
    final SreProgram program;
    /** The groupindex dict (name to number), never changed after construction. */
    final PyDict groupindex;
    /** Group names by number (index 0 unused), or None entries. */
    final PyTuple indexgroup;
    /** 1 for a str pattern, 0 for bytes, -1 when made from a parsed pattern (no source). */
    final int kind;

    PatternObject(Object pattern, int flags, SreProgram program, PyDict groupindex, PyTuple indexgroup) {
        this.pattern = pattern;
        this.flags = flags;
        this.program = program;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.kind = pattern instanceof PyStr ? 1 : pattern == PyNone.NONE ? -1 : 0;
    }

    @Override public PyType type() {
        return TYPE;
    }

    int groups() {
        return program.groups;
    }

    /** The subject of a call: str for str patterns, a buffer for bytes patterns. */
    SreSubject subject(Object string) {
        if (kind < 0) {
            SreSubject s = SreSubject.ofOrNull(string);
            if (s == null) {
                throw dev.kaa.vm.objects.PyErr.typeError("expected string or bytes-like object, got '%T'", string);
            }
            return s;
        }
        return SreSubject.of(string, kind == 1);
    }

    /** A scanning state over {@code string[pos:endpos]} (clamped as CPython clamps). */
    SreScan scan(Object string, long pos, long endpos) {
        SreSubject s = subject(string);
        int len = s.length;
        int p = (int) Math.max(0, Math.min(pos, len));
        int e = (int) Math.max(0, Math.min(endpos, len));
        return new SreScan(this, s, p, e);
    }

    // ---- matching methods ----------------------------------------------------------------------

    @PyMethod(positionalOnly = 0)
    Object match(Object string, @Opt("0") long pos, @Opt("9223372036854775807") long endpos) {
        return scan(string, pos, endpos).match(false);
    }

    @PyMethod(positionalOnly = 0)
    Object fullmatch(Object string, @Opt("0") long pos, @Opt("9223372036854775807") long endpos) {
        return scan(string, pos, endpos).match(true);
    }

    @PyMethod(positionalOnly = 0)
    Object search(Object string, @Opt("0") long pos, @Opt("9223372036854775807") long endpos) {
        return scan(string, pos, endpos).search();
    }

    @PyMethod(positionalOnly = 0)
    Object findall(Object string, @Opt("0") long pos, @Opt("9223372036854775807") long endpos) {
        return SreOps.findall(scan(string, pos, endpos));
    }

    @PyMethod(positionalOnly = 0)
    Object finditer(Object string, @Opt("0") long pos, @Opt("9223372036854775807") long endpos) {
        ScannerObject sc = new ScannerObject(this, scan(string, pos, endpos));
        return new PyCallIter(Abstract.getAttr(sc, "search"), PyNone.NONE);
    }

    @PyMethod(positionalOnly = 0)
    Object scanner(Object string, @Opt("0") long pos, @Opt("9223372036854775807") long endpos) {
        return new ScannerObject(this, scan(string, pos, endpos));
    }

    @PyMethod(positionalOnly = 0)
    Object split(Object string, @Opt("0") long maxsplit) {
        return SreOps.split(scan(string, 0, Long.MAX_VALUE), maxsplit);
    }

    @PyMethod(positionalOnly = 0)
    Object sub(Object repl, Object string, @Opt("0") long count) {
        return SreOps.sub(this, repl, string, count, false);
    }

    @PyMethod(positionalOnly = 0)
    Object subn(Object repl, Object string, @Opt("0") long count) {
        return SreOps.sub(this, repl, string, count, true);
    }

    // ---- attributes ------------------------------------------------------------------------------

    @PyGetter("pattern")
    Object patternAttr() {
        return pattern;
    }

    @PyGetter("flags")
    Object flagsAttr() {
        return dev.kaa.vm.objects.PyInt.of(flags);
    }

    @PyGetter("groups")
    Object groupsAttr() {
        return dev.kaa.vm.objects.PyInt.of(program.groups);
    }

    @PyGetter("groupindex")
    Object groupindexAttr() {
        return new MappingProxy(groupindex.copy());
    }

    // ---- object protocol -----------------------------------------------------------------------

    @PyMethod
    Object __repr__() {
        String pat = Abstract.repr(pattern).toString();
        if (pat.codePointCount(0, pat.length()) > 200) {
            pat = pat.substring(0, pat.offsetByCodePoints(0, 200));
        }
        StringBuilder sb = new StringBuilder("re.compile(").append(pat);
        int f = flags;
        if (kind == 1 && (f & (SreOp.FLAG_LOCALE | SreOp.FLAG_UNICODE | SreOp.FLAG_ASCII)) == SreOp.FLAG_UNICODE) {
            // UNICODE is the default for str patterns: not shown.
            f &= ~SreOp.FLAG_UNICODE;
        }
        if (f != 0) {
            sb.append(", ");
            boolean first = true;
            for (int bit = 1; bit < FLAG_NAMES.length; bit++) {
                int mask = 1 << bit;
                if ((f & mask) != 0 && FLAG_NAMES[bit] != null) {
                    sb.append(first ? "" : "|").append(FLAG_NAMES[bit]);
                    first = false;
                    f &= ~mask;
                }
            }
            if (f != 0) {
                sb.append(first ? "" : "|").append("0x").append(Integer.toHexString(f));
            }
        }
        return PyStr.of(sb.append(')').toString());
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof PatternObject p)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (p == this) {
            return PyBool.TRUE;
        }
        return PyBool.of(flags == p.flags && kind == p.kind && Arrays.equals(program.code, p.program.code)
                && Abstract.equals(pattern, p.pattern));
    }

    @PyMethod
    Object __ne__(Object other) {
        Object eq = __eq__(other);
        return eq == PySingletons.NOT_IMPLEMENTED ? eq : PyBool.of(eq != PyBool.TRUE);
    }

    @PyMethod
    long __hash__() {
        long h = Abstract.hash(pattern);
        h ^= flags * 1000003L;
        h ^= Arrays.hashCode(program.code);
        return h == -1 ? -2 : h;
    }

    @PyMethod
    Object __copy__() {
        return this;
    }

    @PyMethod
    Object __deepcopy__(Object memo) {
        return this;
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }
}
