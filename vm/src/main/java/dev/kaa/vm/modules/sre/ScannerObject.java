package dev.kaa.vm.modules.sre;

import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _sre.SRE_Scanner}: successive matches of a pattern over one string, what
 * {@code Pattern.scanner} returns and {@code finditer} iterates over.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ScannerObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("_sre.SRE_Scanner", ScannerObject.class,
            MethodHandles.lookup(), PyType.DISALLOW_INSTANTIATION);

    private final PatternObject pattern;
    private final SreScan scan;

    ScannerObject(PatternObject pattern, SreScan scan) {
        this.pattern = pattern;
        this.scan = scan;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    Object match() {
        MatchObject m = scan.nextMatch(true);
        return m == null ? PyNone.NONE : m;
    }

    @PyMethod
    Object search() {
        MatchObject m = scan.nextMatch(false);
        return m == null ? PyNone.NONE : m;
    }

    @PyGetter("pattern")
    Object patternAttr() {
        return pattern;
    }
}
