package dev.kaa.stdlib.lsprof;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _lsprof.Profiler}: counts the calls of each function and the time spent in it (in
 * total, and in its own code) and, for each caller, the same per callee. It listens to the
 * profile events of {@code sys.setprofile} ({@code call}/{@code return} of Python code, and
 * {@code c_call}/{@code c_return}/{@code c_exception} of built-ins when asked): Python functions
 * are keyed by their code object, built-ins by a label as CPython makes it (a method
 * descriptor's repr, or {@code <built-in method module.name>}). Unlike CPython's, which has a
 * {@code sys.monitoring} tool of its own, it takes the thread's profile function while enabled.
 *
 * <p>Thread safety: GIL-guarded; it profiles the thread that enabled it.
 */
public final class Profiler extends ExtensionObject {
    static volatile PythonType type, entryType, subentryType;

    /** The statistics of one function, and of its callees (by callee key) when subcalls are kept. */
    private static final class Entry {
        final Object code;
        long calls, recursiveCalls;
        double total, inline;
        int level;
        final Map<Object, Entry> callees = new LinkedHashMap<>();

        Entry(Object code) {
            this.code = code;
        }
    }

    /** A running call: its entry, when it began, the time its callees took. */
    private record Context(Entry entry, double start, double[] sub, Context caller) {}

    private final Object timer;
    private final double timeunit;
    private boolean subcalls, builtins, enabled;
    private final Map<Object, Entry> entries = new IdentityHashMap<>();
    private final Map<String, Object> labels = new LinkedHashMap<>();
    private Context current;

    private Profiler(PythonType type, Object timer, double timeunit, boolean subcalls, boolean builtins) {
        super(type);
        this.timer = timer == Py.none() ? null : timer;
        this.timeunit = timeunit;
        this.subcalls = subcalls;
        this.builtins = builtins;
    }

    @PyMethod(positionalOnly = 0)
    static Object __new__(PythonType cls, @Opt("None") Object timer, @Opt("0.0") double timeunit,
            @Opt("True") boolean subcalls, @Opt("True") boolean builtins) {
        return new Profiler(cls, timer, timeunit, subcalls, builtins);
    }

    @PyMethod(positionalOnly = 0, doc = "enable(subcalls=True, builtins=True)\n\n"
            + "Start collecting profiling information.\n"
            + "If 'subcalls' is True, also records for each function\n"
            + "statistics separated according to its current caller.\n"
            + "If 'builtins' is True, records the time spent in\n"
            + "built-in functions separately from their caller.")
    void enable(@Opt("None") Object subcalls, @Opt("None") Object builtins) {
        Object sys = Py.importModule("sys");
        if (!enabled && Py.call(Py.getAttr(sys, "getprofile")) != Py.none()) {
            throw Py.valueError("Another profiling tool is already active");
        }
        // Left out, a setting stays as the constructor or the last enable() made it.
        if (subcalls != Py.none()) {
            this.subcalls = Py.isTrue(subcalls);
        }
        if (builtins != Py.none()) {
            this.builtins = Py.isTrue(builtins);
        }
        Py.call(Py.getAttr(sys, "setprofile"), Py.getAttr(this, "_profile_event"));
        enabled = true;
    }

    @PyMethod(doc = "disable()\n\nStop collecting profiling information.")
    void disable() {
        if (enabled) {
            Py.call(Py.getAttr(Py.importModule("sys"), "setprofile"), Py.none());
            enabled = false;
        }
        // The calls still running (this disable() among them) end here, as CPython counts them.
        while (current != null) {
            leave();
        }
    }

    @PyMethod(doc = "clear()\n\nClear all profiling information collected so far.")
    void clear() {
        entries.clear();
        current = null;
    }

    /** The profile function while enabled. */
    @PyMethod
    void _profile_event(Object frame, Object event, Object arg) {
        String what = Py.asString(event);
        switch (what) {
            case "call" -> enter(Py.getAttr(frame, "f_code"));
            case "return" -> leave();
            case "c_call" -> {
                if (builtins) {
                    enter(label(arg));
                }
            }
            case "c_return", "c_exception" -> {
                if (builtins) {
                    leave();
                }
            }
            default -> { }
        }
    }

    private double now() {
        if (timer == null) {
            return System.nanoTime() * 1e-9;
        }
        Object t;
        try {
            t = Py.call(timer);
        } catch (PythonException e) {
            return current != null ? current.start : 0;
        }
        double v = Py.asDouble(t);
        return timeunit > 0 ? v * timeunit : v;
    }

    private void enter(Object key) {
        Entry e = entries.computeIfAbsent(key, Entry::new);
        e.level++;
        if (current != null && subcalls) {
            current.entry.callees.computeIfAbsent(key, Entry::new).level++;
        }
        current = new Context(e, now(), new double[1], current);
    }

    private void leave() {
        Context c = current;
        if (c == null) {
            return;
        }
        double total = now() - c.start;
        double inline = total - c.sub[0];
        current = c.caller;
        Entry e = c.entry;
        count(e, total, inline);
        if (current != null) {
            current.sub[0] += total;
            Entry sub = subcalls ? current.entry.callees.get(e.code) : null;
            if (sub != null) {
                count(sub, total, inline);
            }
        }
    }

    private static void count(Entry e, double total, double inline) {
        if (--e.level == 0) {
            e.total += total;
        } else {
            e.recursiveCalls++;
        }
        e.inline += inline;
        e.calls++;
    }

    /**
     * A built-in's key, as CPython's profiler shows it: the repr of the method its object's type
     * defines under that name, else {@code <built-in method module.name>}, or for a function
     * without an object {@code <module.name>}.
     */
    private Object label(Object builtin) {
        String name = Py.asString(Py.getAttr(builtin, "__name__"));
        Object self = Py.hasAttr(builtin, "__self__") ? Py.getAttr(builtin, "__self__") : Py.none();
        Object module = Py.hasAttr(builtin, "__module__") ? Py.getAttr(builtin, "__module__") : Py.none();
        String text = null;
        if (self == Py.none()) {
            String mod = module == Py.none() ? null : Py.strOf(module);
            text = mod != null && !mod.equals("builtins") ? "<" + mod + "." + name + ">" : "<" + name + ">";
        } else if (!Py.typeOf(self).name().equals("module")) {
            Object method = typeAttribute(Py.typeOf(self), name);
            if (method != null) {
                text = Py.repr(method);
            }
        }
        if (text == null) {
            text = module != Py.none() ? "<built-in method " + Py.strOf(module) + "." + name + ">"
                    : "<built-in method " + name + ">";
        }
        return labels.computeIfAbsent(text, t -> Py.str(t));
    }

    /** {@code name} in the dict of {@code type} or a class of its MRO, or null. */
    private static Object typeAttribute(PythonType type, String name) {
        for (Object cls : Py.iterate(Py.getAttr(type, "__mro__"))) {
            Object dict = Py.getAttr(cls, "__dict__");
            if (Py.isTrue(Py.callMethod(dict, "__contains__", Py.str(name)))) {
                return Py.getItem(dict, Py.str(name));
            }
        }
        return null;
    }

    @PyMethod(doc = "getstats() -> list of profiler_entry objects\n\n"
            + "Return all information collected by the profiler.\n"
            + "Each profiler_entry is a tuple-like object with the\n"
            + "following attributes:\n\n"
            + "    code          code object\n"
            + "    callcount     how many times this was called\n"
            + "    reccallcount  how many times called recursively\n"
            + "    totaltime     total time in this entry\n"
            + "    inlinetime    inline time in this entry (not in subcalls)\n"
            + "    calls         details of the calls\n\n"
            + "The calls attribute is either None or a list of\n"
            + "profiler_subentry objects:\n\n"
            + "    code          called code object\n"
            + "    callcount     how many times this is called\n"
            + "    reccallcount  how many times this is called recursively\n"
            + "    totaltime     total time spent in this call\n"
            + "    inlinetime    inline time (not in further subcalls)\n")
    Object getstats() {
        List<Object> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            Object calls = Py.none();
            if (!e.callees.isEmpty()) {
                List<Object> subs = new ArrayList<>();
                for (Entry s : e.callees.values()) {
                    subs.add(Py.structSequence(subentryType, s.code, Py.integer(s.calls), Py.integer(s.recursiveCalls),
                            Py.floating(s.total), Py.floating(s.inline)));
                }
                calls = Py.list(subs.toArray());
            }
            out.add(Py.structSequence(entryType, e.code, Py.integer(e.calls), Py.integer(e.recursiveCalls),
                    Py.floating(e.total), Py.floating(e.inline), calls));
        }
        return Py.list(out.toArray());
    }
}
