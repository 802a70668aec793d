package dev.kaa.stdlib.cjk;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * What the {@code _codecs_cn}, {@code _codecs_hk}, {@code _codecs_iso2022}, {@code _codecs_jp},
 * {@code _codecs_kr} and {@code _codecs_tw} modules share: {@code getcodec(name)}, which answers
 * a {@code MultibyteCodec} for one of the module's codecs. Each module's class declares its own
 * {@code getcodec} function, which calls {@link #getcodec(List, Object)} with its names.
 *
 * <p>Thread safety: immutable.
 */
abstract class CodecsModule implements ExtensionModule {
    private final String name;

    CodecsModule(String name) {
        this.name = name;
    }

    @Override public final String name() {
        return name;
    }

    @Override public final void initialize(ModuleDefinition m) {
        Py.importModule("_multibytecodec");
        m.addFunctions(getClass(), MethodHandles.lookup());
    }

    static Object getcodec(List<String> names, Object encoding) {
        if (!Py.isInstance(encoding, Py.builtinType("str"))) {
            throw Py.typeError("encoding name must be a string.");
        }
        String name = Py.asString(encoding);
        CjkCodec codec = names.contains(name) ? CjkTables.load(name) : null;
        if (codec == null) {
            throw Py.error(Py.builtinType("LookupError"), "no such codec is supported.");
        }
        Py.importModule("_multibytecodec");
        return new MultibyteCodecObject(codec);
    }
}
