package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code datetime.IsoCalendarDate}: the {@code (year, week, weekday)} tuple that
 * {@code isocalendar()} returns, with the three as attributes too. It pickles as a plain tuple,
 * since the module does not export the type.
 *
 * <p>Thread safety: immutable.
 */
public final class PyIsoCalendarDate extends PyTuple {
    public static final PyType TYPE = PyType.builtin("datetime.IsoCalendarDate", PyIsoCalendarDate.class,
            MethodHandles.lookup(), 0, PyTuple.TYPE);

    PyIsoCalendarDate(int year, int week, int weekday) {
        super(new Object[] {PyInt.of(year), PyInt.of(week), PyInt.of(weekday)});
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod(positionalOnly = 0)
    static Object __new__(PyType cls, Object year, Object week, Object weekday) {
        return new PyIsoCalendarDate(DtArgs.cInt(year, 0), DtArgs.cInt(week, 0), DtArgs.cInt(weekday, 0));
    }

    @PyGetter(doc = "year")
    Object year() {
        return get(0);
    }

    @PyGetter(doc = "week")
    Object week() {
        return get(1);
    }

    @PyGetter(doc = "weekday")
    Object weekday() {
        return get(2);
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("datetime.IsoCalendarDate(year=" + get(0) + ", week=" + get(1) + ", weekday=" + get(2) + ")");
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(PyTuple.TYPE, PyTuple.of(PyTuple.of(get(0), get(1), get(2))));
    }
}
