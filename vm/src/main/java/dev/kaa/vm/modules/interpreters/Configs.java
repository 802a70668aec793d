package dev.kaa.vm.modules.interpreters;

import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PySimpleNamespace;
import dev.kaa.vm.objects.PyStr;

/**
 * The interpreter configurations {@code _interpreters.new_config} names, with CPython's fields.
 * Kaa records them ({@code get_config} gives them back) but every interpreter it makes is alike:
 * its own GIL and objects, threads allowed.
 *
 * <p>Thread safety: stateless.
 */
final class Configs {
    private Configs() {}

    static PySimpleNamespace named(String name) {
        return switch (name) {
            case "isolated", "", "default" -> make(false, false, false, true, false, true, "own");
            case "legacy" -> make(true, true, true, true, true, false, "shared");
            case "empty" -> make(false, false, false, false, false, false, "default");
            default -> throw PyErr.valueError("unsupported config name '%s'", name);
        };
    }

    private static PySimpleNamespace make(boolean obmalloc, boolean fork, boolean exec, boolean threads,
            boolean daemons, boolean checkExt, String gil) {
        return new PySimpleNamespace().with("use_main_obmalloc", PyBool.of(obmalloc))
                .with("allow_fork", PyBool.of(fork)).with("allow_exec", PyBool.of(exec))
                .with("allow_threads", PyBool.of(threads)).with("allow_daemon_threads", PyBool.of(daemons))
                .with("check_multi_interp_extensions", PyBool.of(checkExt)).with("gil", PyStr.of(gil));
    }

    /** A copy of {@code config}, so that the caller's changes do not reach the recorded one. */
    static PySimpleNamespace copy(PySimpleNamespace config) {
        PySimpleNamespace c = new PySimpleNamespace();
        c.instanceDict().update(config.instanceDict());
        return c;
    }

    /** The configuration {@code create} was given: None, a name, or a namespace. */
    static PySimpleNamespace of(Object config) {
        if (config == null || config == dev.kaa.vm.objects.PyNone.NONE) {
            return named("isolated");
        }
        if (config instanceof PyStr s) {
            return named(s.value());
        }
        if (config instanceof PySimpleNamespace ns) {
            PySimpleNamespace c = named("isolated");
            PyDict given = ns.instanceDict().copy();
            for (Object k : c.instanceDict().keys()) {
                Object v = given.getItem(k);
                if (v == null) {
                    throw PyErr.valueError("missing config key: %s", ((PyStr) k).value());
                }
                given.delItem(k);
                c.instanceDict().setItem(k, v);
            }
            extraItems(given);
            checkValues(c);
            return c;
        }
        throw PyErr.typeError("bad config %s", dev.kaa.vm.objects.Abstract.repr(config).value());
    }

    static void override(PySimpleNamespace config, PyDict overrides) {
        if (overrides == null) {
            return;
        }
        PyDict extra = new PyDict();
        for (Object k : overrides.keys()) {
            if (config.instanceDict().getItem(k) == null) {
                extra.setItem(k, overrides.getItem(k));
            } else {
                config.instanceDict().setItem(k, overrides.getItem(k));
            }
        }
        extraItems(extra);
        checkValues(config);
    }

    private static void extraItems(PyDict extra) {
        if (extra.size() > 0) {
            throw PyErr.valueError("config dict has %d extra item%s (%s)", extra.size(), extra.size() == 1 ? "" : "s",
                    dev.kaa.vm.objects.Abstract.repr(extra).value());
        }
    }

    /** Each flag must be a bool and {@code gil} one of CPython's three names. */
    private static void checkValues(PySimpleNamespace config) {
        for (Object k : config.instanceDict().keys()) {
            String name = ((PyStr) k).value();
            Object v = config.instanceDict().getItem(k);
            if (name.equals("gil") ? !(v instanceof PyStr) : !(v instanceof PyBool)) {
                throw PyErr.typeError("invalid config type: %s", name);
            }
            if (name.equals("gil") && !java.util.Set.of("default", "shared", "own").contains(((PyStr) v).value())) {
                throw PyErr.valueError("unsupported interpreter config .gil value %s",
                        dev.kaa.vm.objects.Abstract.repr(v).value());
            }
        }
    }

    /**
     * Whether CPython could make an interpreter so configured: its own allocator needs the check
     * of single-phase extension modules.
     */
    static boolean viable(PySimpleNamespace config) {
        return config.instanceDict().getItem(PyStr.intern("use_main_obmalloc")) == PyBool.TRUE
                || config.instanceDict().getItem(PyStr.intern("check_multi_interp_extensions")) == PyBool.TRUE;
    }
}
