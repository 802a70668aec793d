package dev.kaa.stdlib.cjk;

import dev.kaa.ext.PyMethod;
import java.util.List;

/**
 * {@code _codecs_hk}: the Hong Kong (Big5-HKSCS) codecs, for the {@code encodings} modules.
 *
 * <p>Thread safety: immutable.
 */
public final class CodecsHkModule extends CodecsModule {
    private static final List<String> CODECS = List.of("big5hkscs");

    public CodecsHkModule() {
        super("_codecs_hk");
    }

    @PyMethod(doc = "The codec named encoding, one of this module's.")
    static Object getcodec(Object encoding) {
        return getcodec(CODECS, encoding);
    }
}
