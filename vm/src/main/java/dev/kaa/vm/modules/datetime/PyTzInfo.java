package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code datetime.tzinfo}: the abstract base of time zones. Subclasses give {@code utcoffset},
 * {@code dst} and {@code tzname}; the base supplies {@code fromutc} for zones whose standard
 * offset is fixed, and pickles through {@code __getinitargs__} and the instance state.
 *
 * <p>Thread safety: GIL-guarded (subclass instances have a dictionary).
 */
public class PyTzInfo extends DtObject {
    public static final PyType TYPE = PyType.builtin("datetime.tzinfo", PyTzInfo.class, MethodHandles.lookup())
            .withDoc("The base of time zones: subclasses give utcoffset(), dst() and tzname().");

    protected PyTzInfo(PyType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new PyTzInfo(cls);
    }

    @PyMethod(doc = "The zone's name at dt (subclasses give it).")
    Object tzname(Object dt) {
        throw PyErr.notImplementedError("a tzinfo subclass must implement tzname()");
    }

    @PyMethod(doc = "The offset from UTC at dt, east positive (subclasses give it).")
    Object utcoffset(Object dt) {
        throw PyErr.notImplementedError("a tzinfo subclass must implement utcoffset()");
    }

    @PyMethod(doc = "The daylight saving part of the offset at dt (subclasses give it).")
    Object dst(Object dt) {
        throw PyErr.notImplementedError("a tzinfo subclass must implement dst()");
    }

    @PyMethod(doc = "A UTC time moved to this zone's wall time, from utcoffset() and dst().")
    Object fromutc(Object dt) {
        if (!(dt instanceof PyDateTime d)) {
            throw PyErr.typeError("fromutc: argument must be a datetime");
        }
        if (d.tzinfo != this) {
            throw PyErr.valueError("fromutc: dt.tzinfo is not self");
        }
        PyTimeDelta off = Zones.utcoffset(this, d);
        if (off == null) {
            throw PyErr.valueError("fromutc: non-None utcoffset() result required");
        }
        PyTimeDelta dst = Zones.dst(this, d);
        if (dst == null) {
            throw PyErr.valueError("fromutc: non-None dst() result required");
        }
        PyDateTime result = d.plus(off.micros() - dst.micros());
        dst = Zones.dst(this, result);
        if (dst == null) {
            throw PyErr.valueError("fromutc: tz.dst() gave inconsistent results; cannot convert");
        }
        return dst.isZero() ? result : result.plus(dst.micros());
    }

    @PyMethod(doc = "Pickle support: the type, __getinitargs__() and the state.")
    Object __reduce__() {
        Object init = Abstract.lookupAttr(this, PyStr.intern("__getinitargs__"));
        Object args = init == null ? PyTuple.EMPTY : Abstract.call(init);
        Object state = Abstract.callMethod(this, "__getstate__");
        return PyTuple.of(type(), args, state == null ? PyNone.NONE : state);
    }
}
