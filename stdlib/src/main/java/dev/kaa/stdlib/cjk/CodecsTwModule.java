package dev.kaa.stdlib.cjk;

import dev.kaa.ext.PyMethod;
import java.util.List;

/**
 * {@code _codecs_tw}: the Taiwanese (Big5) codecs, for the {@code encodings} modules.
 *
 * <p>Thread safety: immutable.
 */
public final class CodecsTwModule extends CodecsModule {
    private static final List<String> CODECS = List.of("big5", "cp950");

    public CodecsTwModule() {
        super("_codecs_tw");
    }

    @PyMethod(doc = "The codec named encoding, one of this module's.")
    static Object getcodec(Object encoding) {
        return getcodec(CODECS, encoding);
    }
}
