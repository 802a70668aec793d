package dev.kaa.stdlib.lsprof;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import java.lang.invoke.MethodHandles;

/**
 * {@code _lsprof}: the deterministic profiler under {@code cProfile}, its {@link Profiler} type
 * and the {@code profiler_entry} and {@code profiler_subentry} rows of its statistics.
 *
 * <p>Thread safety: stateless.
 */
public final class LsprofModule implements ExtensionModule {
    @Override public String name() {
        return "_lsprof";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("Fast profiler");
        Profiler.entryType = m.addStructSequence("profiler_entry", null, 6,
                "code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls");
        Profiler.subentryType = m.addStructSequence("profiler_subentry", null, 5,
                "code", "callcount", "reccallcount", "totaltime", "inlinetime");
        Profiler.type = m.addType("Profiler", Profiler.class, MethodHandles.lookup(),
                "Build a profiler object using the specified timer function.\n\n"
                + "The default timer is a fast built-in one based on real time.\n"
                + "For custom timer functions returning integers, 'timeunit' can\n"
                + "be a float specifying a scale (that is, how long each integer unit\n"
                + "is, in seconds).");
    }
}
