package dev.kaa.stdlib.cjk;

import dev.kaa.ext.PyMethod;
import java.util.List;

/**
 * {@code _codecs_kr}: the Korean codecs, for the {@code encodings} modules.
 *
 * <p>Thread safety: immutable.
 */
public final class CodecsKrModule extends CodecsModule {
    private static final List<String> CODECS = List.of("euc_kr", "cp949", "johab");

    public CodecsKrModule() {
        super("_codecs_kr");
    }

    @PyMethod(doc = "The codec named encoding, one of this module's.")
    static Object getcodec(Object encoding) {
        return getcodec(CODECS, encoding);
    }
}
