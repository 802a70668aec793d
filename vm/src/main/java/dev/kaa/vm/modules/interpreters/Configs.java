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
            case "isolated", "" -> make(false, false, false, true, false, true, "own");
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
            return copy(ns);
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
        if (extra.size() > 0) {
            throw PyErr.valueError("config dict has %d extra item%s (%s)", extra.size(), extra.size() == 1 ? "" : "s",
                    dev.kaa.vm.objects.Abstract.repr(extra).value());
        }
    }
}
