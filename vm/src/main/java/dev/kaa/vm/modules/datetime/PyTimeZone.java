package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code datetime.timezone}: a fixed offset from UTC, with an optional name; {@code timezone.utc}
 * is the one instance of offset zero without a name. Not subclassable, as in CPython.
 *
 * <p>Thread safety: immutable.
 */
public final class PyTimeZone extends PyTzInfo {
    public static final PyType TYPE = PyType.builtin("datetime.timezone", PyTimeZone.class, MethodHandles.lookup(), 0,
            PyTzInfo.TYPE).withDoc("A tzinfo of one fixed offset from UTC, with an optional name.");

    final PyTimeDelta offset;
    /** The name given, or null. */
    final String name;

    static final PyTimeZone UTC = new PyTimeZone(PyTimeDelta.ZERO, null);
    static final PyTimeZone MIN = new PyTimeZone(PyTimeDelta.of(0, -(23 * 3600 + 59 * 60), 0), null);
    static final PyTimeZone MAX = new PyTimeZone(PyTimeDelta.of(0, 23 * 3600 + 59 * 60, 0), null);

    static {
        TYPE.dict().setItem(PyStr.intern("utc"), UTC);
        TYPE.dict().setItem(PyStr.intern("min"), MIN);
        TYPE.dict().setItem(PyStr.intern("max"), MAX);
    }

    private PyTimeZone(PyTimeDelta offset, String name) {
        super(TYPE);
        this.offset = offset;
        this.name = name;
    }

    /** A zone of this offset (checked), UTC itself for offset zero without a name. */
    static PyTimeZone of(PyTimeDelta offset, String name) {
        if (name == null && offset.isZero()) {
            return UTC;
        }
        Zones.checkOffset(offset, true);
        return new PyTimeZone(offset, name);
    }

    @PyMethod(positionalOnly = 0)
    static Object __new__(PyType cls, Object offset, @Opt Object name) {
        if (!(offset instanceof PyTimeDelta off)) {
            throw PyErr.typeError("timezone() argument 1 must be datetime.timedelta, not %T", offset);
        }
        if (name != null && !(name instanceof PyStr)) {
            throw PyErr.typeError("timezone() argument 2 must be str, not %T", name);
        }
        return of(off, name == null ? null : name.toString());
    }

    private static void checkArg(Object dt, String method) {
        if (dt != PyNone.NONE && !(dt instanceof PyDateTime)) {
            throw PyErr.typeError("%s(dt) argument must be a datetime instance or None, not %T", method, dt);
        }
    }

    @PyMethod(value = "utcoffset", doc = "The fixed offset.")
    Object tzUtcoffset(Object dt) {
        checkArg(dt, "utcoffset");
        return offset;
    }

    @PyMethod(value = "dst", doc = "None: a fixed offset has no daylight saving time.")
    Object tzDst(Object dt) {
        checkArg(dt, "dst");
        return PyNone.NONE;
    }

    @PyMethod(value = "tzname", doc = "The name given, else UTC followed by the signed offset.")
    Object tzTzname(Object dt) {
        checkArg(dt, "tzname");
        return PyStr.of(displayName());
    }

    String displayName() {
        if (name != null) {
            return name;
        }
        if (offset.isZero()) {
            return "UTC";
        }
        return "UTC" + DtText.offset(offset, ":");
    }

    @PyMethod(value = "fromutc", doc = "A UTC time moved to this zone's wall time.")
    Object tzFromutc(Object dt) {
        if (!(dt instanceof PyDateTime d)) {
            throw PyErr.typeError("fromutc: argument must be a datetime");
        }
        if (d.tzinfo != this) {
            throw PyErr.valueError("fromutc: dt.tzinfo is not self");
        }
        return d.plus(offset.micros());
    }

    @PyMethod(doc = "Pickle support: the constructor arguments.")
    Object __getinitargs__() {
        return name == null ? PyTuple.of(offset) : PyTuple.of(offset, PyStr.of(name));
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof PyTimeZone o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(offset.compareTo(o.offset) == 0);
    }

    @PyMethod
    Object __ne__(Object other) {
        if (!(other instanceof PyTimeZone o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(offset.compareTo(o.offset) != 0);
    }

    @PyMethod
    long __hash__() {
        return offset.__hash__();
    }

    @PyMethod
    Object __repr__() {
        if (this == UTC) {
            return PyStr.of("datetime.timezone.utc");
        }
        String r = "datetime.timezone(" + offset.__repr__();
        if (name != null) {
            r += ", " + Abstract.repr(PyStr.of(name));
        }
        return PyStr.of(r + ")");
    }

    @PyMethod
    Object __str__() {
        return PyStr.of(displayName());
    }
}
