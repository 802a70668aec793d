package dev.kaa.vm.modules.sre;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.GenericAlias;
import dev.kaa.vm.objects.Named;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code re.Match}: the result of a successful match, with the span of every group (-1 for a
 * group that did not take part).
 *
 * <p>Thread safety: immutable.
 */
public final class MatchObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("re.Match", MatchObject.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    final PatternObject pattern;
    final SreSubject subject;
    /** Start and end of group g at [2g] and [2g+1]. */
    final int[] spans;
    final int pos, endpos;
    final int lastindex;

    MatchObject(PatternObject pattern, SreSubject subject, int[] spans, int pos, int endpos, int lastindex) {
        this.pattern = pattern;
        this.subject = subject;
        this.spans = spans;
        this.pos = pos;
        this.endpos = endpos;
        this.lastindex = lastindex;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** The group number {@code g} names (an int or a group name); IndexError otherwise. */
    int groupIndex(Object g) {
        if (g instanceof PyInt || Abstract.typeOf(g).slot(Slot.__index__) != null) {
            PyInt i = Abstract.index(g);
            if (i.isLong() && i.longValue() >= 0 && i.longValue() <= pattern.groups()) {
                return (int) i.longValue();
            }
            throw PyErr.indexError("no such group");
        }
        Object n = pattern.groupindex.getItem(g);
        if (n instanceof PyInt i && i.isLong() && i.longValue() >= 0 && i.longValue() <= pattern.groups()) {
            return (int) i.longValue();
        }
        throw PyErr.indexError("no such group");
    }

    /** The text of group g, or {@code dflt} when it did not match. */
    Object groupValue(int g, Object dflt) {
        int a = spans[2 * g], b = spans[2 * g + 1];
        if (a < 0 || b < 0) {
            return dflt;
        }
        if (subject.obj instanceof PyByteArray ba) {
            // Like CPython, slice the bytearray as it is now (it may have changed since).
            byte[] now = ba.toByteArray();
            a = Math.min(a, now.length);
            b = Math.min(b, now.length);
            return new PyBytes(Arrays.copyOfRange(now, a, Math.max(a, b)));
        }
        return subject.group(a, b);
    }

    @PyMethod
    Object group(@Star Object[] args) {
        if (args.length == 0) {
            return groupValue(0, PyNone.NONE);
        }
        if (args.length == 1) {
            return groupValue(groupIndex(args[0]), PyNone.NONE);
        }
        Object[] r = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            r[i] = groupValue(groupIndex(args[i]), PyNone.NONE);
        }
        return PyTuple.of(r);
    }

    @PyMethod
    Object __getitem__(Object g) {
        return groupValue(groupIndex(g), PyNone.NONE);
    }

    @PyMethod(positionalOnly = 0)
    Object groups(@Named("default") @Opt("None") Object dflt) {
        Object[] r = new Object[pattern.groups()];
        for (int g = 1; g <= r.length; g++) {
            r[g - 1] = groupValue(g, dflt);
        }
        return PyTuple.of(r);
    }

    @PyMethod(positionalOnly = 0)
    Object groupdict(@Named("default") @Opt("None") Object dflt) {
        PyDict d = new PyDict();
        for (Object name : pattern.groupindex.keys()) {
            d.setItem(name, groupValue(groupIndex(name), dflt));
        }
        return d;
    }

    private int groupArg(Object g) {
        return g == null ? 0 : groupIndex(g);
    }

    @PyMethod
    Object start(@Opt Object group) {
        return PyInt.of(spans[2 * groupArg(group)]);
    }

    @PyMethod
    Object end(@Opt Object group) {
        return PyInt.of(spans[2 * groupArg(group) + 1]);
    }

    @PyMethod
    Object span(@Opt Object group) {
        int g = groupArg(group);
        return PyTuple.of(PyInt.of(spans[2 * g]), PyInt.of(spans[2 * g + 1]));
    }

    @PyMethod
    Object expand(Object template) {
        TemplateObject t = TemplateObject.compiled(pattern, template);
        return t.expand(this);
    }

    @PyGetter
    Object regs() {
        Object[] r = new Object[pattern.groups() + 1];
        for (int g = 0; g < r.length; g++) {
            r[g] = PyTuple.of(PyInt.of(spans[2 * g]), PyInt.of(spans[2 * g + 1]));
        }
        return PyTuple.of(r);
    }

    @PyGetter
    Object string() {
        return subject.obj;
    }

    @PyGetter
    Object re() {
        return pattern;
    }

    @PyGetter("pos")
    Object posAttr() {
        return PyInt.of(pos);
    }

    @PyGetter("endpos")
    Object endposAttr() {
        return PyInt.of(endpos);
    }

    @PyGetter("lastindex")
    Object lastindexAttr() {
        return lastindex < 0 ? PyNone.NONE : PyInt.of(lastindex);
    }

    @PyGetter
    Object lastgroup() {
        if (lastindex < 0 || lastindex >= pattern.indexgroup.size()) {
            return PyNone.NONE;
        }
        return pattern.indexgroup.get(lastindex);
    }

    @PyMethod
    Object __repr__() {
        // CPython formats the text with %.50R: its repr cut to 50 code points.
        String text = Abstract.repr(groupValue(0, PyNone.NONE)).toString();
        if (text.codePointCount(0, text.length()) > 50) {
            text = text.substring(0, text.offsetByCodePoints(0, 50));
        }
        return PyStr.of("<re.Match object; span=(" + spans[0] + ", " + spans[1] + "), match=" + text + ">");
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
