package dev.kaa.vm.modules.zoneinfo;

import dev.kaa.vm.modules.datetime.PyDateTime;
import dev.kaa.vm.modules.datetime.PyTzInfo;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code zoneinfo.ZoneInfo}: an IANA time zone read from the system's TZif files (or the
 * {@code tzdata} package), found through {@code zoneinfo._tzpath} and parsed by
 * {@code zoneinfo._common}, as CPython's C module does. {@code ZoneInfo(key)} is cached per
 * class ({@link ZoneCaches}); {@code no_cache} and {@code from_file} are not.
 *
 * <p>Thread safety: GIL-guarded ({@code fromCache} is set once after creation; the zone data is immutable).
 */
public final class PyZoneInfo extends PyTzInfo {
    public static final PyType TYPE = PyType.builtin("zoneinfo.ZoneInfo", PyZoneInfo.class, MethodHandles.lookup(),
            PyTzInfo.TYPE);

    private static final long EPOCH_ORDINAL = 719163;

    /** The key, or None for a zone read by {@code from_file} without one. */
    private final Object key;
    private final ZoneData data;
    /** The repr of the file {@code from_file} read; null for a zone found by key. */
    private final String fileRepr;
    private boolean fromCache;

    private PyZoneInfo(PyType cls, Object key, ZoneData data, String fileRepr) {
        super(cls);
        this.key = key;
        this.data = data;
        this.fileRepr = fileRepr;
    }

    // ---- construction and caches

    @PyMethod(positionalOnly = 0)
    static Object __new__(PyType cls, Object key) {
        ZoneCaches caches = ZoneCaches.current();
        Object weak = caches.weak(cls);
        Object zone = Abstract.callMethod(weak, "get", key, PyNone.NONE);
        if (zone == PyNone.NONE) {
            zone = Abstract.callMethod(weak, "setdefault", key, load(cls, key));
            if (zone instanceof PyZoneInfo z) {
                z.fromCache = true;
            }
        }
        caches.touch(cls, key, zone);
        return zone;
    }

    @ClassMethod(positionalOnly = 0, doc = "no_cache($type, /, key)\n--\n\n"
            + "A new zone for key, bypassing (and not entering) the cache.")
    static Object no_cache(PyType cls, Object key) {
        PyZoneInfo zone = load(cls, key);
        zone.fromCache = false;
        return zone;
    }

    @ClassMethod(positionalOnly = 1, doc = "from_file($type, file_obj, /, key=None)\n--\n\n"
            + "A zone read from a binary file object holding TZif data.")
    static Object from_file(PyType cls, Object fobj, @Opt("None") Object key) {
        ZoneData data = ZoneData.load(ZoneCaches.module("zoneinfo._common"), fobj);
        return new PyZoneInfo(cls, key, data, Abstract.repr(fobj).toString());
    }

    @ClassMethod(doc = "clear_cache($type, /, *, only_keys=None)\n--\n\n"
            + "Empties the cache, or forgets only the keys given.")
    static Object clear_cache(PyType cls, @KwOnly @Opt("None") Object only_keys) {
        ZoneCaches caches = ZoneCaches.current();
        if (only_keys == PyNone.NONE) {
            caches.clear(cls, null);
        } else {
            Object it = Abstract.iter(only_keys);
            for (Object k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                caches.clear(cls, k);
            }
        }
        return PyNone.NONE;
    }

    @ClassMethod
    static Object __init_subclass__(PyType cls) {
        Abstract.setAttr(cls, PyStr.intern("_weak_cache"), ZoneCaches.newWeakCache());
        ZoneCaches.current().resetStrong(cls);
        return PyNone.NONE;
    }

    /** Finds the file of {@code key} on the search path (else in {@code tzdata}) and reads it. */
    private static PyZoneInfo load(PyType cls, Object key) {
        Object path = Abstract.callMethod(ZoneCaches.module("zoneinfo._tzpath"), "find_tzfile", key);
        Object common = ZoneCaches.module("zoneinfo._common");
        Object file = path == PyNone.NONE ? Abstract.callMethod(common, "load_tzdata", key)
                : Abstract.callMethod(ZoneCaches.module("io"), "open", path, PyStr.of("rb"));
        ZoneData data;
        try {
            data = ZoneData.load(common, file);
        } finally {
            Abstract.callMethod(file, "close");
        }
        return new PyZoneInfo(cls, key, data, null);
    }

    // ---- pickling

    @PyMethod(value = "__reduce__", doc = "Pickles by key: unpickling looks the zone up again.")
    Object ziReduce() {
        if (fileRepr != null) {
            Object error = Abstract.getAttr(ZoneCaches.module("pickle"), "PicklingError");
            throw PyErr.format((PyType) error, "Cannot pickle a ZoneInfo file from a file stream.");
        }
        return PyTuple.of(Abstract.getAttr(type(), "_unpickle"), PyTuple.of(key, PyInt.of(fromCache ? 1 : 0)));
    }

    @ClassMethod(doc = "_unpickle($type, key, from_cache, /)\n--\n\n"
            + "Pickle support: the zone of key, from the cache when it came from there.")
    static Object _unpickle(PyType cls, Object key, Object from_cache) {
        return Abstract.isTrue(from_cache) ? Abstract.call(cls, key) : no_cache(cls, key);
    }

    // ---- the tzinfo methods

    @PyGetter(member = true, doc = "The key the zone was made from (None for a file read without one).")
    Object key() {
        return key;
    }

    @PyMethod(value = "utcoffset", doc = "The offset from UTC at dt, a timedelta.")
    Object ziUtcoffset(Object dt) {
        return find(dt).utcoff();
    }

    @PyMethod(value = "dst", doc = "The DST part of the offset at dt, a timedelta.")
    Object ziDst(Object dt) {
        return find(dt).dstoff();
    }

    @PyMethod(value = "tzname", doc = "The zone's abbreviation at dt.")
    Object ziTzname(Object dt) {
        return find(dt).tzname();
    }

    private Ttinfo find(Object dt) {
        if (dt == PyNone.NONE) {
            return data.fixed ? (Ttinfo) data.tail : Ttinfo.NONE;
        }
        return data.at(wallSeconds(dt), year(dt), fold(dt));
    }

    @PyMethod(value = "fromutc", doc = "A UTC time (with this zone attached) moved to this zone's wall time.")
    Object ziFromutc(Object dt) {
        if (!(dt instanceof PyDateTime d)) {
            throw PyErr.typeError("fromutc: argument must be a datetime");
        }
        if (d.tzinfo() != this) {
            throw PyErr.valueError("fromutc: dt.tzinfo is not self");
        }
        boolean[] fold = new boolean[1];
        Ttinfo t = data.fromUtc(wallSeconds(d), d.year(), fold);
        Object r = Abstract.binaryOp(d, t.utcoff(), BinaryOp.ADD);
        if (fold[0]) {
            Object replace = Abstract.getAttr(r, "replace");
            r = Abstract.call(replace, new Object[] {PyInt.of(1)}, new String[] {"fold"});
        }
        return r;
    }

    /** Seconds since 1970-01-01 of dt's wall time, its tzinfo ignored. */
    private static long wallSeconds(Object dt) {
        if (dt instanceof PyDateTime d) {
            return (d.toordinal() - EPOCH_ORDINAL) * 86400 + d.hour() * 3600L + d.minute() * 60L + d.second();
        }
        long ord = Abstract.asLong(Abstract.callMethod(dt, "toordinal"));
        return (ord - EPOCH_ORDINAL) * 86400 + field(dt, "hour") * 3600 + field(dt, "minute") * 60 + field(dt, "second");
    }

    private static long year(Object dt) {
        return dt instanceof PyDateTime d ? d.year() : field(dt, "year");
    }

    private static int fold(Object dt) {
        return (dt instanceof PyDateTime d ? d.fold() : field(dt, "fold")) == 0 ? 0 : 1;
    }

    private static long field(Object dt, String name) {
        return Abstract.asLong(Abstract.getAttr(dt, name));
    }

    // ---- text

    @PyMethod(value = "__str__")
    Object ziStr() {
        return key != PyNone.NONE ? Abstract.str(key) : ziRepr();
    }

    @PyMethod(value = "__repr__")
    Object ziRepr() {
        String name = type().messageName();
        if (key != PyNone.NONE) {
            return PyStr.of(name + "(key=" + Abstract.repr(key) + ")");
        }
        return PyStr.of(name + ".from_file(" + fileRepr + ")");
    }
}
