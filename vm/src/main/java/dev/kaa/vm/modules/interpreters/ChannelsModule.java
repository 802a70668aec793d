package dev.kaa.vm.modules.interpreters;

import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import dev.kaa.vm.objects.StarStar;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.Exposer;
import java.lang.invoke.MethodHandles;

/**
 * {@code _interpchannels}: not written yet. The module and its exception classes exist, so that
 * code that imports it and names the errors loads; every function raises NotImplementedError
 * naming itself, rather than pretending to work.
 *
 * <p>Thread safety: stateless.
 */
public final class ChannelsModule {
    private ChannelsModule() {}

    static final PyType CHANNEL_ERROR = PyType.builtin("_interpchannels.ChannelError", PyBaseException.class, null,
            Exceptions.RuntimeError);

    public static PyModule create() {
        PyModule m = new PyModule("_interpchannels");
        m.put("__doc__", PyStr.of("Channels between interpreters (not yet available in Kaa)."));
        Exposer.functions(ChannelsModule.class, MethodHandles.lookup(), "_interpchannels", m).forEach(m::put);
        m.put("ChannelError", CHANNEL_ERROR);
        for (String name : new String[] {"ChannelNotFoundError", "ChannelClosedError", "ChannelEmptyError",
            "ChannelNotEmptyError"}) {
            m.put(name, PyType.builtin("_interpchannels." + name, PyBaseException.class, null, CHANNEL_ERROR));
        }
        return m;
    }

    @PyMethod
    static Object create(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("create");
    }

    @PyMethod
    static Object destroy(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("destroy");
    }

    @PyMethod
    static Object list_all(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("list_all");
    }

    @PyMethod
    static Object list_interpreters(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("list_interpreters");
    }

    @PyMethod
    static Object send(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("send");
    }

    @PyMethod
    static Object send_buffer(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("send_buffer");
    }

    @PyMethod
    static Object recv(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("recv");
    }

    @PyMethod
    static Object close(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("close");
    }

    @PyMethod
    static Object release(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("release");
    }

    @PyMethod
    static Object get_count(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("get_count");
    }

    @PyMethod
    static Object get_info(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("get_info");
    }

    @PyMethod
    static Object get_channel_defaults(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("get_channel_defaults");
    }

    @PyMethod
    static Object _channel_id(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("_channel_id");
    }

    @PyMethod
    static Object _register_end_types(@Star Object[] args, @StarStar PyDict kwargs) {
        throw missing("_register_end_types");
    }

    private static RuntimeException missing(String name) {
        return PyErr.notImplementedError("_interpchannels.%s() is not implemented in Kaa yet", name);
    }
}
