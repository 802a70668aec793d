package dev.kaa.stdlib.pickle;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.KwOnly;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _pickle}: the pickler and unpickler that {@code pickle} uses in place of its own
 * Python classes, with {@code dump}, {@code dumps}, {@code load}, {@code loads} and the
 * module's exceptions. {@code PickleBuffer} is not here yet (it needs the buffer protocol,
 * which extension types cannot offer): {@code pickle} then does without it, as before.
 *
 * <p>Thread safety: stateless (the exception classes are set once, as the module is made).
 */
public final class PickleModule implements ExtensionModule {
    static volatile PythonType pickleError, picklingError, unpicklingError;

    @Override public String name() {
        return "_pickle";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("Optimized C implementation for the Python pickle module.");
        pickleError = m.addException("PickleError", Py.builtinType("Exception"), null);
        picklingError = m.addException("PicklingError", pickleError, null);
        unpicklingError = m.addException("UnpicklingError", pickleError, null);
        Pickler.type = m.addType("Pickler", Pickler.class, MethodHandles.lookup(),
                "This takes a binary file for writing a pickle data stream.");
        Unpickler.type = m.addType("Unpickler", Unpickler.class, MethodHandles.lookup(),
                "This takes a binary file for reading a pickle data stream.");
        PicklerMemoProxy.type = m.addType("PicklerMemoProxy", PicklerMemoProxy.class, MethodHandles.lookup());
        UnpicklerMemoProxy.type = m.addType("UnpicklerMemoProxy", UnpicklerMemoProxy.class, MethodHandles.lookup());
        m.addFunctions(PickleModule.class, MethodHandles.lookup());
    }

    @PyMethod(positionalOnly = 0, doc = "Write a pickled representation of obj to the open file object file.")
    static void dump(Object obj, Object file, @Opt("None") Object protocol, @KwOnly @Opt("True") boolean fix_imports,
            @Opt("None") Object buffer_callback) {
        Pickler p = (Pickler) Py.call(Pickler.type, file, protocol, Py.bool(fix_imports), buffer_callback);
        p.dump(obj);
    }

    @PyMethod(positionalOnly = 0, doc = "Return the pickled representation of the object as a bytes object.")
    static Object dumps(Object obj, @Opt("None") Object protocol, @KwOnly @Opt("True") boolean fix_imports,
            @Opt("None") Object buffer_callback) {
        return Py.bytes(Pickler.forBytes(protocol, fix_imports, buffer_callback).dumpToBytes(obj));
    }

    @PyMethod(positionalOnly = 0, doc = "Read and return an object from the pickle data stored in a file.")
    static Object load(Object file, @KwOnly @Opt("True") boolean fix_imports, @Opt("'ASCII'") String encoding,
            @Opt("'strict'") String errors, @Opt Object buffers) {
        Unpickler u = (Unpickler) Py.call(Unpickler.type, file);
        u.__init__(file, fix_imports, encoding, errors, buffers);
        return u.load();
    }

    @PyMethod(positionalOnly = 1, doc = "Read and return an object from the given pickle data.")
    static Object loads(Object data, @KwOnly @Opt("True") boolean fix_imports, @Opt("'ASCII'") String encoding,
            @Opt("'strict'") String errors, @Opt Object buffers) {
        if (Py.isInstance(data, Py.builtinType("str"))) {
            throw Py.typeError("a bytes-like object is required, not 'str'");
        }
        return Unpickler.forBytes(Py.asBytes(data), fix_imports, encoding, errors, buffers).load();
    }
}
