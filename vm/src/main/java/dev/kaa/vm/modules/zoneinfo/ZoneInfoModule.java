package dev.kaa.vm.modules.zoneinfo;

import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;

/**
 * {@code _zoneinfo}: the {@code ZoneInfo} type written in Java, which {@code zoneinfo} imports
 * in place of its pure-Python {@code zoneinfo._zoneinfo}.
 *
 * <p>Thread safety: stateless; the caches live per interpreter in {@link ZoneCaches}.
 */
public final class ZoneInfoModule {
    private ZoneInfoModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_zoneinfo");
        m.put("__doc__", PyStr.of("Java implementation of zoneinfo.ZoneInfo."));
        m.put("ZoneInfo", PyZoneInfo.TYPE);
        return m;
    }
}
