package dev.kaa.ext;

import java.lang.invoke.MethodHandles;

/**
 * The module an {@link ExtensionModule} fills as it is imported. The {@code lookup} arguments
 * are the declaring class's own {@code MethodHandles.lookup()}: they let the interpreter call
 * its methods, private ones included, without opening the extension's packages.
 *
 * <p>Thread safety: used by one thread, during {@link ExtensionModule#initialize}.
 */
public interface ModuleDefinition {
    /** The module's name. */
    String name();

    /** Sets the module's docstring. */
    void doc(String doc);

    /** Adds a function for each static {@link PyMethod} method of {@code holder}. */
    void addFunctions(Class<?> holder, MethodHandles.Lookup lookup);

    /**
     * Adds the type whose instances are {@code javaClass} objects, named {@code name} in the
     * module, with its docstring (or null); its methods are {@code javaClass}'s
     * {@link PyMethod}, {@link PyGetter}, {@link ClassMethod} and {@link StaticMethod} methods.
     * The first call for a class makes its type, shared by every interpreter. Python code may
     * subclass it: the subclass's instances are made by the type's {@code __new__}, given the
     * subclass as {@code cls}, and get an instance dictionary and {@code __slots__} as it asks.
     * A dotted {@code name} ({@code "sqlite3.Row"}) is the type's full name, as a C type's
     * {@code tp_name} may name the public package rather than the module defining it: its
     * {@code __module__} is then {@code "sqlite3"}, and the module holds it as {@code Row}
     * (this goes for {@link #addSubtype} and {@link #addException} too).
     */
    PythonType addType(String name, Class<? extends ExtensionObject> javaClass, MethodHandles.Lookup lookup,
            String doc);

    /** {@link #addType(String, Class, MethodHandles.Lookup, String)} without a docstring. */
    default PythonType addType(String name, Class<? extends ExtensionObject> javaClass, MethodHandles.Lookup lookup) {
        return addType(name, javaClass, lookup, null);
    }

    /**
     * {@link #addType(String, Class, MethodHandles.Lookup, String)} for a type Python code may not
     * subclass, as CPython's types without {@code Py_TPFLAGS_BASETYPE} ({@code _bz2.BZ2Compressor},
     * {@code _lzma.LZMADecompressor} …): a class statement naming it as a base raises
     * {@code TypeError: type '_bz2.BZ2Compressor' is not an acceptable base type}. Added for
     * {@code _bz2} and {@code _lzma}.
     */
    PythonType addFinalType(String name, Class<? extends ExtensionObject> javaClass, MethodHandles.Lookup lookup,
            String doc);

    /**
     * Adds a struct sequence type, {@code module.name}: a subclass of {@code tuple} whose items
     * are also attributes named by {@code fields}, as {@code os.stat_result} and
     * {@code pwd.struct_passwd} are. The first {@code sequenceFields} fields form the tuple; the
     * others are reachable by name only. Instances are made with {@link Py#structSequence}; Python
     * code makes them from a sequence, as it makes CPython's. The first call for a name makes the
     * type, shared by every interpreter.
     * A dotted {@code name} is the type's full name, as for {@link #addType}
     * ({@code "curses.ncurses_version"}, which {@code _curses} then replaces by its one instance).
     */
    PythonType addStructSequence(String name, String doc, int sequenceFields, String... fields);

    /**
     * {@link #addType(String, Class, MethodHandles.Lookup, String)} for a type derived from
     * another extension type, {@code base}, whose Java class {@code javaClass} extends: the new
     * type inherits {@code base}'s methods and attributes (added for {@code _asyncio.Task},
     * a subclass of {@code _asyncio.Future}).
     */
    PythonType addSubtype(String name, Class<? extends ExtensionObject> javaClass, MethodHandles.Lookup lookup,
            String doc, PythonType base);

    /** Adds an exception class, {@code module.name}, derived from {@code base}, with its docstring. */
    PythonType addException(String name, PythonType base, String doc);

    /**
     * {@link #addException(String, PythonType, String)} for an exception class with methods of
     * its own, as CPython's {@code ssl.SSLError} has its {@code __str__}: each static
     * {@link PyMethod} of {@code declaring} whose first parameter is {@code Object self} (the
     * exception) becomes a method of the class. The instances keep {@code base}'s layout and an
     * instance dictionary, so extra attributes are set with {@link Py#setAttr}. The first call
     * for a name makes the class, shared by every interpreter. (Added for {@code _ssl}.)
     */
    PythonType addException(String name, PythonType base, String doc, Class<?> declaring,
            MethodHandles.Lookup lookup);

    /**
     * Adds a constant: a Python object, or a Java value converted as function results are
     * ({@code Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code String},
     * {@code byte[]} for bytes).
     */
    void add(String name, Object value);

    /**
     * Adds a class attribute to a type this module defined ({@link #addType}), converted as
     * {@link #add} converts: a constant such as {@code SemLock.SEM_VALUE_MAX}. Types are
     * immutable once made; this is the time to give them such attributes.
     *
     * @throws IllegalArgumentException if {@code type} is not a type an extension defined
     */
    void addTypeAttribute(PythonType type, String name, Object value);
}
