package dev.kaa.stdlib.cjk;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import java.lang.invoke.MethodHandles;

/**
 * {@code _multibytecodec}: the machinery the CJK codecs share, the incremental and stream coder
 * base classes the {@code encodings} modules derive from, and the type of the codecs that the
 * {@code _codecs_xx} modules' {@code getcodec} return.
 *
 * <p>Thread safety: stateless.
 */
public final class MultibytecodecModule implements ExtensionModule {
    @Override public String name() {
        return "_multibytecodec";
    }

    @Override public void initialize(ModuleDefinition m) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        // CPython keeps MultibyteCodec out of the module's namespace; here it is reachable (by one more name).
        MultibyteCodecObject.type = m.addType("MultibyteCodec", MultibyteCodecObject.class, lookup);
        m.addType("MultibyteIncrementalEncoder", IncrementalEncoderObject.class, lookup);
        m.addType("MultibyteIncrementalDecoder", IncrementalDecoderObject.class, lookup);
        m.addType("MultibyteStreamReader", StreamReaderObject.class, lookup);
        m.addType("MultibyteStreamWriter", StreamWriterObject.class, lookup);
    }
}
