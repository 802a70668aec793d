package dev.kaa.vm.modules.struct;

import dev.kaa.vm.modules.CollectionsSubclassable;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _struct.Struct(format)}: a compiled format with its pack and unpack methods.
 * Subclassable; a subclass may call {@code __init__} again to change the format.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PyStruct extends CollectionsSubclassable {
    public static final PyType TYPE = PyType.builtin("_struct.Struct", PyStruct.class, MethodHandles.lookup(),
            PyType.BASETYPE);

    /** Null until {@code __init__} has run (CPython's size is then -1, its format ''). */
    private StructFormat format;

    private PyStruct(PyType cls) {
        super(cls, false);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new PyStruct(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length > 1) {
            throw PyErr.typeError("Struct() takes at most 1 argument (%d given)", args.length);
        }
        if (args.length == 0) {
            throw PyErr.typeError("Struct() missing required argument 'format' (pos 1)");
        }
        if (nkw == 1 && !kwnames[0].equals("format")) {
            throw PyErr.typeError("Struct() got an unexpected keyword argument '%s'", kwnames[0]);
        }
        format = StructFormat.compile(args[0]);
    }

    private StructFormat compiled() {
        if (format == null) {
            format = StructFormat.compile(PyStr.EMPTY);
        }
        return format;
    }

    @PyGetter(doc = "struct format string")
    Object format() {
        return PyStr.of(format == null ? "" : format.text);
    }

    @PyGetter(doc = "struct size in bytes")
    long size() {
        return format == null ? -1 : format.size;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of(type().name() + "(" + Abstract.repr(format()).value() + ")");
    }

    @PyMethod
    long __sizeof__() {
        return 72 + 24L * (compiled().codes.length + 1);
    }

    @PyMethod(doc = "Pack the values, one per format item, into bytes in this struct's format.")
    Object pack(Object[] args, String[] kwnames) {
        StructModule.noKeywords("pack", kwnames);
        return packAll(compiled(), args, 0);
    }

    @PyMethod(doc = "Pack the values, one per format item, into the writable buffer from offset on.")
    void pack_into(Object[] args, String[] kwnames) {
        StructModule.noKeywords("pack_into", kwnames);
        packInto(compiled(), args);
    }

    @PyMethod(doc = "Unpack the buffer (of exactly the format's size) into a tuple of values.")
    Object unpack(Object buffer) {
        return unpackAll(compiled(), buffer);
    }

    @PyMethod(positionalOnly = 0, doc = "Unpack the buffer (of exactly the format's size) into a tuple of values.")
    Object unpack_from(Object buffer, @Opt Object offset) {
        return unpackFrom(compiled(), buffer, offset);
    }

    @PyMethod(doc = "Iterate over the buffer in steps of this format's size, giving one unpacked tuple per step.")
    Object iter_unpack(Object buffer) {
        return StructUnpackIterator.of(compiled(), buffer);
    }

    // ---- shared by the methods and the module functions --------------------------------------------

    static Object packAll(StructFormat f, Object[] args, int from) {
        int given = args.length - from;
        if (given != f.items) {
            throw StructModule.error("pack expected %d items for packing (got %d)", f.items, given);
        }
        byte[] buf = new byte[sizeOf(f)];
        StructCodec.pack(f, args, from, buf, 0);
        return new PyBytes(buf);
    }

    /** {@code pack_into(buffer, offset, *values)} with {@code args} from the buffer on. */
    static void packInto(StructFormat f, Object[] args) {
        if (args.length == 0) {
            throw StructModule.error("pack_into expected buffer argument");
        }
        if (args.length == 1) {
            throw StructModule.error("pack_into expected offset argument");
        }
        int given = args.length - 2;
        if (given != f.items) {
            throw StructModule.error("pack_into expected %d items for packing (got %d)", f.items, given);
        }
        Object buffer = args[0];
        if (!Buffers.writable(buffer)) {
            throw PyErr.typeError("argument must be read-write bytes-like object, not %T", buffer);
        }
        long offset = ssize(args[1]);
        int len = Abstract.len(buffer);
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw StructModule.error("no space to pack %d bytes at offset %d", f.size, offset);
            }
            if (offset + len < 0) {
                throw StructModule.error("offset %d out of range for %d-byte buffer", offset, len);
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw StructModule.error("pack_into requires a buffer of at least %s bytes for packing %d bytes at offset %d"
                    + " (actual buffer size is %d)", Long.toUnsignedString(f.size + offset), f.size, offset, len);
        }
        byte[] data = new byte[sizeOf(f)];
        StructCodec.pack(f, args, 2, data, 0);
        Buffers.write(buffer, (int) offset, data);
    }

    static PyTuple unpackAll(StructFormat f, Object buffer) {
        byte[] data = Buffers.read(buffer);
        if (data.length != f.size) {
            throw StructModule.error("unpack requires a buffer of %d bytes", f.size);
        }
        return StructCodec.unpack(f, data, 0);
    }

    static PyTuple unpackFrom(StructFormat f, Object buffer, Object offsetArg) {
        byte[] data = Buffers.read(buffer);
        long offset = offsetArg == null ? 0 : ssize(offsetArg);
        int len = data.length;
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw StructModule.error("not enough data to unpack %d bytes at offset %d", f.size, offset);
            }
            if (offset + len < 0) {
                throw StructModule.error("offset %d out of range for %d-byte buffer", offset, len);
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw StructModule.error("unpack_from requires a buffer of at least %s bytes for unpacking %d bytes at offset %d"
                    + " (actual buffer size is %d)", Long.toUnsignedString(f.size + offset), f.size, offset, len);
        }
        return StructCodec.unpack(f, data, (int) offset);
    }

    /** A {@code Py_ssize_t} argument. */
    private static long ssize(Object o) {
        dev.kaa.vm.objects.PyInt i = Abstract.index(o);
        if (!i.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    private static int sizeOf(StructFormat f) {
        if (f.size > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        return (int) f.size;
    }

}
