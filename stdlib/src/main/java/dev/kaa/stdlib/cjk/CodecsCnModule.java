package dev.kaa.stdlib.cjk;

import dev.kaa.ext.PyMethod;
import java.util.List;

/**
 * {@code _codecs_cn}: the Chinese (GB 2312, GBK, GB 18030, HZ) codecs, for the {@code encodings} modules.
 *
 * <p>Thread safety: immutable.
 */
public final class CodecsCnModule extends CodecsModule {
    private static final List<String> CODECS = List.of("gb2312", "gbk", "gb18030", "hz");

    public CodecsCnModule() {
        super("_codecs_cn");
    }

    @PyMethod(doc = "The codec named encoding, one of this module's.")
    static Object getcodec(Object encoding) {
        return getcodec(CODECS, encoding);
    }
}
