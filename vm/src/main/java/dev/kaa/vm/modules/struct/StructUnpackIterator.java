package dev.kaa.vm.modules.struct;

import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * The iterator of {@code iter_unpack}: one tuple per {@code size} bytes of the buffer, which
 * it copies when made.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class StructUnpackIterator extends PyObject {
    static final PyType TYPE = PyType.builtin("_struct.unpack_iterator", StructUnpackIterator.class,
            MethodHandles.lookup(), PyType.DISALLOW_INSTANTIATION);

    private final StructFormat format;
    private final byte[] data;
    private int pos;

    private StructUnpackIterator(StructFormat format, byte[] data) {
        this.format = format;
        this.data = data;
    }

    static StructUnpackIterator of(StructFormat f, Object buffer) {
        if (f.size == 0) {
            throw StructModule.error("cannot iteratively unpack with a struct of length 0");
        }
        byte[] data = Buffers.read(buffer);
        if (data.length % f.size != 0) {
            throw StructModule.error("iterative unpacking requires a buffer of a multiple of %d bytes", f.size);
        }
        return new StructUnpackIterator(f, data);
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        if (pos + format.size > data.length) {
            throw PyErr.stopIteration(null);
        }
        Object r = StructCodec.unpack(format, data, pos);
        pos += (int) format.size;
        return r;
    }

    @PyMethod
    long __length_hint__() {
        return (data.length - pos) / format.size;
    }
}
