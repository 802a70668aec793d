package dev.kaa.stdlib.ctypes;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PythonType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;

/**
 * {@code _ctypes}, the engine under CPython's {@code ctypes} package, in two halves.
 *
 * <p>The machine half is Java, on the JDK's foreign function API: native memory, the dynamic
 * linker, downcalls and upcall stubs ({@link CNative}). The type half (the metaclasses
 * {@code PyCSimpleType}, {@code PyCStructType}, {@code PyCArrayType}, {@code PyCPointerType},
 * {@code PyCFuncPtrType}, and {@code _SimpleCData}, {@code Structure}, {@code Union},
 * {@code Array}, {@code _Pointer}, {@code CFuncPtr}) is Python, in the resources
 * {@link #PARTS} beside this class, run in order in one namespace when the module is imported
 * (a traceback shows {@code <frozen _ctypes>} and the part): ctypes' types are
 * classes whose metaclasses compute layouts as the classes are made and subclassed by Python
 * code, which the extension API (types from Java classes, no metaclasses) cannot declare. The
 * Python half reaches the machine through one {@link CNative}, {@code _ctypes._native}.
 *
 * <p>Thread safety: per interpreter; the module's state is its namespace.
 */
public final class CtypesModule implements ExtensionModule {
    /** The Python half: storage and simple types, then structures, arrays and pointers, then calls. */
    private static final String[] PARTS = {"_ctypes.py", "_ctypes_aggregates.py", "_ctypes_calls.py"};

    @Override public String name() {
        return "_ctypes";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("Create and manipulate C compatible data types in Python.");
        PythonType memory = m.addType("_Memory", CMemory.class, MethodHandles.lookup(),
                "A block of native memory owned by a ctypes instance.");
        PythonType callback = m.addType("_Callback", CCallback.class, MethodHandles.lookup(),
                "A C function pointer calling a Python function.");
        PythonType nativeType = m.addType("_Native", CNative.class, MethodHandles.lookup(),
                "Native memory, the dynamic linker and C calls, for the Python half of _ctypes.");
        PythonType bytesView = m.addType("_BytesView", CBytesView.class, MethodHandles.lookup(),
                "The bytes of a ctypes instance, lent through the buffer protocol.");
        Object nativeAccess = new CNative(nativeType, memory, callback, bytesView);

        Object namespace = Py.dict();
        Py.setItem(namespace, Py.str("__name__"), Py.str("_ctypes"));
        Py.setItem(namespace, Py.str("_native"), nativeAccess);
        Object builtins = Py.importModule("builtins");
        for (String part : PARTS) {
            Object code = Py.call(Py.getAttr(builtins, "compile"), Py.str(source(part)),
                    Py.str("<frozen _ctypes: " + part + ">"), Py.str("exec"));
            Py.call(Py.getAttr(builtins, "exec"), code, namespace);
        }
        for (Object item : Py.iterate(Py.callMethod(namespace, "items"))) {
            String key = Py.asString(Py.getItem(item, Py.integer(0)));
            if (!key.equals("__builtins__") && !key.equals("__name__")) {
                m.add(key, Py.getItem(item, Py.integer(1)));
            }
        }
    }

    private static String source(String part) {
        try (InputStream in = CtypesModule.class.getResourceAsStream(part)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + part + " is missing from the stdlib jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
