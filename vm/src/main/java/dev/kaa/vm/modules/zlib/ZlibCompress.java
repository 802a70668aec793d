package dev.kaa.vm.modules.zlib;

import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Opt;
import java.lang.invoke.MethodHandles;

/**
 * {@code zlib.Compress}, the object {@code compressobj()} returns.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ZlibCompress extends PyObject {
    static final PyType TYPE = PyType.builtin("zlib.Compress", ZlibCompress.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    private DeflateEngine engine;

    ZlibCompress(DeflateEngine engine) {
        this.engine = engine;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod(doc = "Deflate the data in one go and give the compressed bytes.")
    Object compress(Object data) {
        byte[] b = Buffers.read(data);
        if (engine.finished()) {
            throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
        }
        return new PyBytes(engine.run(b, DeflateEngine.NO_FLUSH));
    }

    @PyMethod(doc = "Return a bytes object containing any remaining compressed data.")
    Object flush(@Opt("4") int mode) {
        if (mode == DeflateEngine.NO_FLUSH) {
            return new PyBytes(new byte[0]);
        }
        if (engine.finished()) {
            throw ZlibModule.error("Error -2 while flushing: inconsistent stream state");
        }
        return new PyBytes(engine.run(new byte[0], mode));
    }

    @PyMethod(doc = "Return a copy of the compression object.")
    Object copy() {
        if (engine.finished()) {
            throw PyErr.valueError("Inconsistent stream state");
        }
        return new ZlibCompress(engine.copy());
    }

    @PyMethod(value = "__copy__")
    Object copy_() {
        return copy();
    }

    @PyMethod(value = "__deepcopy__")
    Object deepcopy(Object memo) {
        return copy();
    }
}
