package dev.kaa.stdlib.cjk;

import dev.kaa.ext.PyMethod;
import java.util.List;

/**
 * {@code _codecs_jp}: the Japanese codecs, for the {@code encodings} modules.
 *
 * <p>Thread safety: immutable.
 */
public final class CodecsJpModule extends CodecsModule {
    private static final List<String> CODECS = List.of("shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213");

    public CodecsJpModule() {
        super("_codecs_jp");
    }

    @PyMethod(doc = "The codec named encoding, one of this module's.")
    static Object getcodec(Object encoding) {
        return getcodec(CODECS, encoding);
    }
}
