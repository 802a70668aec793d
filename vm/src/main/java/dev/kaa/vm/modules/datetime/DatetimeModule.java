package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;

/**
 * {@code _datetime}: the types of {@code datetime} written in Java, which {@code datetime}
 * imports in place of the pure-Python {@code _pydatetime}. The types call themselves
 * {@code datetime.date} and so on, as CPython's do.
 *
 * <p>Thread safety: stateless; the types are immutable.
 */
public final class DatetimeModule {
    private DatetimeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_datetime");
        m.put("__doc__", PyStr.of("Java implementation of the datetime types."));
        m.put("MINYEAR", PyInt.of(DateMath.MINYEAR));
        m.put("MAXYEAR", PyInt.of(DateMath.MAXYEAR));
        m.put("date", PyDate.TYPE);
        m.put("datetime", PyDateTime.TYPE);
        m.put("time", PyTime.TYPE);
        m.put("timedelta", PyTimeDelta.TYPE);
        m.put("tzinfo", PyTzInfo.TYPE);
        m.put("timezone", PyTimeZone.TYPE);
        m.put("UTC", PyTimeZone.UTC);
        return m;
    }
}
