package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A Python type: {@code type} itself, the built-in types (declared by their Java classes with
 * {@link #builtin}) and the classes Python code creates ({@link HeapTypes}).
 *
 * <p>Special methods live in {@link Slot slots}, resolved when the type is made and again when a
 * class assigns one of their names; attribute lookup along the MRO goes through a per-type cache
 * that an assignment to the type or to any of its bases clears.
 *
 * <p>Built-in types are shared by every interpreter in the JVM and cannot be changed from Python
 * ("cannot set 'x' attribute of immutable type 'int'"). Their methods are exposed once, when
 * {@link BuiltinTypes} readies them, so that a type's Java class may refer to other types in its
 * static initializer without ordering trouble.
 *
 * <p>Thread safety: built-in types are immutable once ready; heap types are GIL-guarded.
 */
public class PyType extends PyObject implements dev.kaa.ext.PythonType {

    /** Instances can be subclassed ({@code Py_TPFLAGS_BASETYPE}). */
    public static final int BASETYPE = 1;
    /** Created by a class statement or {@code type(name, bases, dict)} ({@code Py_TPFLAGS_HEAPTYPE}). */
    public static final int HEAPTYPE = 1 << 1;
    /** Attributes cannot be set on the type ({@code Py_TPFLAGS_IMMUTABLETYPE}). */
    public static final int IMMUTABLE = 1 << 2;
    /** Abstract: {@code __abstractmethods__} is non-empty. */
    public static final int ABSTRACT = 1 << 3;
    /** Method-like: binds as a function does, so {@code LOAD_ATTR} may skip making a bound method. */
    public static final int METHOD_DESCRIPTOR = 1 << 4;
    /** {@code Py_TPFLAGS_SEQUENCE} for pattern matching. */
    public static final int SEQUENCE = 1 << 5;
    /** {@code Py_TPFLAGS_MAPPING} for pattern matching. */
    public static final int MAPPING = 1 << 6;
    /** Instances may not be created from Python ({@code Py_TPFLAGS_DISALLOW_INSTANTIATION}). */
    public static final int DISALLOW_INSTANTIATION = 1 << 7;
    /** Instances are unhashable: the type's {@code __hash__} is None (list, dict, set …). */
    public static final int UNHASHABLE = 1 << 8;

    /** {@code object}, the root of every MRO. */
    public static final PyType OBJECT = new PyType("object", PyObject.class, BASETYPE | IMMUTABLE).withDoc(TypeDocs.OBJECT);
    /** {@code type}, the type of types. */
    public static final PyType TYPE = new PyType("type", PyType.class, BASETYPE | IMMUTABLE);

    private static final Object ABSENT = new Object();

    private PyType metatype;
    String name;
    String qualname;
    PyType[] bases;
    /** The base whose instance layout this type's instances have (CPython's {@code tp_base}). */
    PyType base;
    PyType[] mro;
    final PyDict dict;
    int flags;
    /** The Java class of this type's instances, or of its solid base's for heap types. */
    final Class<?> javaClass;
    /** The lookup of a built-in type's Java class, kept until its methods are exposed. */
    private MethodHandles.Lookup exposeLookup;
    /** The class whose annotated methods are exposed, when not {@link #javaClass}. */
    private Class<?> exposeClass;
    final Object[] slots = new Object[Slot.VALUES.length];
    /** Number of {@code __slots__} member values an instance stores (all classes of the MRO). */
    int slotCount;
    boolean instancesHaveDict;
    boolean ready;
    /** A built-in type's module, when its name was given as {@code "module.name"}. */
    String builtinModule = "builtins";
    private final HashMap<PyStr, Object> cache = new HashMap<>();
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();

    /**
     * The last {@link #version} tag given: tags are never reused, so a stale tag cannot match
     * again. (No initializer: the first types are made during this class's own initialization.)
     */
    private static int lastVersion;

    private static synchronized int nextVersion() {
        return ++lastVersion;
    }
    /**
     * The type's version tag, as CPython's {@code tp_version_tag}: a new value whenever a
     * lookup along this type's MRO could give another answer (its own or a base's dictionary
     * changed, or its bases). The interpreter's inline caches keep the tag they were filled
     * under and are valid while it is unchanged.
     */
    private int version = nextVersion();

    /** Makes a type object; built-in types use {@link #builtin}, classes {@link HeapTypes}. */
    PyType(String name, Class<?> javaClass, int flags) {
        this.name = name;
        this.qualname = name;
        this.javaClass = javaClass;
        this.flags = flags;
        this.dict = new PyDict();
    }

    /** A heap type's constructor: {@link HeapTypes#create} fills the rest. */
    PyType(PyType metatype, String name, Class<?> javaClass, int flags) {
        this(name, javaClass, flags);
        this.metatype = metatype;
    }

    /**
     * Declares a built-in type whose instances are {@code javaClass} objects and whose methods are
     * the {@link PyMethod}-annotated methods of that class. {@code lookup} is the class's own
     * {@code MethodHandles.lookup()}, so no module needs to be opened for reflection.
     *
     * @param bases the bases; none means {@code object}
     */
    public static PyType builtin(String name, Class<?> javaClass, MethodHandles.Lookup lookup, PyType... bases) {
        return builtin(name, javaClass, lookup, BASETYPE, bases);
    }

    /** As {@link #builtin(String, Class, MethodHandles.Lookup, PyType...)} with explicit flags. */
    public static PyType builtin(String name, Class<?> javaClass, MethodHandles.Lookup lookup, int flags,
            PyType... bases) {
        int dot = name.lastIndexOf('.');
        PyType type = new PyType(name.substring(dot + 1), javaClass, flags | IMMUTABLE);
        if (dot >= 0) {
            type.builtinModule = name.substring(0, dot);
        }
        type.exposeLookup = lookup;
        // Empty bases mean object, filled in by ready(): OBJECT may still be null here, while
        // PyType's own static initializer makes the dictionary class.
        type.bases = bases.clone();
        BuiltinTypes.declared(type);
        return type;
    }

    /**
     * Declares a built-in type whose instances are {@code javaClass} objects but whose methods
     * are declared by {@code declaring} (static methods taking {@code self}): for types whose
     * instances are plain objects, such as {@code typing.Generic}.
     */
    public static PyType builtin(String name, Class<?> javaClass, Class<?> declaring, MethodHandles.Lookup lookup,
            int flags, PyType... bases) {
        int dot = name.lastIndexOf('.');
        PyType type = new PyType(name.substring(dot + 1), javaClass, flags | IMMUTABLE);
        if (dot >= 0) {
            type.builtinModule = name.substring(0, dot);
        }
        type.exposeLookup = lookup;
        type.exposeClass = declaring;
        type.bases = bases.clone();
        BuiltinTypes.declared(type);
        return type;
    }

    /** Exposes the Java methods, computes the MRO and fills the slots; bases first. */
    synchronized void ready() {
        if (ready) {
            return;
        }
        if (this == OBJECT) {
            bases = new PyType[0];
            exposeLookup = BaseObject.LOOKUP;
        } else if (this == TYPE) {
            bases = new PyType[] {OBJECT};
            exposeLookup = MethodHandles.lookup();
        }
        if (bases.length == 0 && this != OBJECT) {
            bases = new PyType[] {OBJECT};
        }
        for (PyType b : bases) {
            b.ready();
        }
        base = bases.length == 0 ? null : bases[0];
        mro = Mro.compute(this);
        if (exposeLookup != null) {
            Class<?> declaring = this == OBJECT ? BaseObject.class : exposeClass != null ? exposeClass : javaClass;
            Exposer.expose(this, declaring, exposeLookup);
            exposeLookup = null;
        }
        if ((flags & UNHASHABLE) != 0) {
            dict.setItem(PyStr.of("__hash__"), PyNone.NONE);
        }
        if (dict.getItem(PyStr.intern("__doc__")) == null) {
            dict.setItem(PyStr.intern("__doc__"), builtinDoc == null ? PyNone.NONE : PyStr.of(builtinDoc));
        }
        for (PyType b : bases) {
            b.addSubclass(this);
        }
        ready = true;
        SlotTable.fill(this);
    }

    @Override public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    /** Sets the metatype ({@code __class__} assignment on a class, or {@link HeapTypes}). */
    void setMetatype(PyType metatype) {
        this.metatype = metatype;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code __qualname__}. */
    public String qualname() {
        return qualname;
    }

    /** The bases ({@code __bases__}). */
    public PyType[] bases() {
        return bases.clone();
    }

    /** The base whose instance layout this type extends ({@code __base__}), null for {@code object}. */
    public PyType base() {
        return base;
    }

    /** The method resolution order ({@code __mro__}); callers must not change the array. */
    public PyType[] mro() {
        return mro;
    }

    /** The type's own namespace. Callers that change it must call {@link #changed}. */
    public PyDict dict() {
        return dict;
    }

    /** The Java class of instances (for a heap type, its solid base's class). */
    public Class<?> javaClass() {
        return javaClass;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /**
     * {@link #SEQUENCE}, {@link #MAPPING} or 0: what a {@code match} statement takes instances for.
     * The first class of the MRO that has either flag decides, as CPython's classes inherit them
     * when made; {@code abc} sets them on ABCs and on the classes registered with them.
     */
    public int collectionFlag() {
        for (PyType c : mro()) {
            int f = c.flags & (SEQUENCE | MAPPING);
            if (f != 0) {
                return f;
            }
        }
        return 0;
    }

    /** Sets the {@link #collectionFlag()} of a class ({@code __abc_tpflags__}, {@code ABCMeta.register}). */
    public void setCollectionFlag(int flag) {
        flags = (flags & ~(SEQUENCE | MAPPING)) | (flag & (SEQUENCE | MAPPING));
    }

    public boolean isHeapType() {
        return (flags & HEAPTYPE) != 0;
    }

    /** True when instances get a {@code __dict__}. */
    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    /** The number of {@code __slots__} values instances store. */
    public int slotCount() {
        return slotCount;
    }

    /** {@code issubclass(self, other)} by the MRO, without {@code __subclasscheck__}. */
    @Override public boolean isSubtypeOf(dev.kaa.ext.PythonType other) {
        return other instanceof PyType t && isSubtypeOf(t);
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The slot's function, or null when the type has none. */
    public Object slot(Slot slot) {
        return slots[slot.ordinal()];
    }

    public Fn.Unary unary(Slot slot) {
        return (Fn.Unary) slots[slot.ordinal()];
    }

    public Fn.Binary binary(Slot slot) {
        return (Fn.Binary) slots[slot.ordinal()];
    }

    public Fn.Ternary ternary(Slot slot) {
        return (Fn.Ternary) slots[slot.ordinal()];
    }

    public Fn.Call call(Slot slot) {
        return (Fn.Call) slots[slot.ordinal()];
    }

    /** Sets a slot directly; used while a type is readied. */
    void setSlot(Slot slot, Object fn) {
        slots[slot.ordinal()] = fn;
    }

    /** Finds {@code name} along the MRO without invoking descriptors ({@code _PyType_Lookup}), or null. */
    public Object lookup(PyStr name) {
        Object found = cache.get(name);
        if (found == null) {
            found = ABSENT;
            for (PyType t : mro) {
                Object v = t.dict.getItem(name);
                if (v != null) {
                    found = v;
                    break;
                }
            }
            cache.put(name, found);
        }
        return found == ABSENT ? null : found;
    }

    /** {@link #lookup(PyStr)} for a Java name. */
    public Object lookup(String name) {
        return lookup(PyStr.of(name));
    }

    /** The class of the MRO whose dictionary defines {@code name}, or null. */
    public PyType definingClass(PyStr name) {
        for (PyType t : mro) {
            if (t.dict.getItem(name) != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * Must be called after this type's dictionary changed under {@code name} (null: any name):
     * clears the lookup caches of this type and its subclasses and re-resolves the slot of that
     * name, as CPython's {@code type_setattro} does through {@code update_slot}.
     */
    public void changed(PyStr name) {
        invalidate();
        Slot s = name == null ? null : Slot.of(name.toString());
        if (name == null || s != null || name.toString().equals("__getattr__")) {
            refillSlots(this);
        }
    }

    private static void refillSlots(PyType t) {
        SlotTable.fill(t);
        for (PyType sub : t.subclasses()) {
            refillSlots(sub);
        }
    }

    /** A built-in type's docstring ({@link #withDoc}), put in its dictionary by {@link #ready()}. */
    private String builtinDoc;

    /** A built-in type's constructor signature, such as {@code "(attr, /, *attrs)"}, or null. */
    private String builtinTextSignature;

    @PyGetter("__text_signature__")
    Object textSignatureAttr() {
        return builtinTextSignature == null ? PyNone.NONE : PyStr.of(builtinTextSignature);
    }

    /**
     * Gives a built-in type its docstring ({@code __doc__}); call it where the type is declared:
     * {@code TYPE = PyType.builtin(...).withDoc("...")}. Returns this type.
     */
    public PyType withDoc(String doc) {
        // "name(sig)\n--\n\ndoc": Argument Clinic's form, the signature read by __text_signature__.
        int mark = doc.indexOf(")\n--\n\n");
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        if (mark > 0 && doc.startsWith(shortName + "(")) {
            builtinTextSignature = doc.substring(shortName.length(), mark + 1);
            doc = doc.substring(mark + 6);
        }
        builtinDoc = doc;
        if (ready) {
            // Declared after boot, the type was readied at once.
            dict.setItem(PyStr.intern("__doc__"), PyStr.of(doc));
        }
        return this;
    }

    /** The version tag (see {@link #version}). */
    public int version() {
        return version;
    }

    /** True when instances of this type (as a descriptor) are data descriptors: it has __set__ or __delete__. */
    public boolean isDataDescriptorType() {
        return slot(Slot.__set__) != null || slot(Slot.__delete__) != null;
    }

    private void invalidate() {
        version = nextVersion();
        cache.clear();
        for (PyType sub : subclasses()) {
            sub.invalidate();
        }
    }

    void addSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null);
        subclasses.add(new WeakReference<>(sub));
    }

    void removeSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null || r.get() == sub);
    }

    /** The live direct subclasses ({@code __subclasses__()}), in the order they were made. */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The module name ({@code __module__}): {@code builtins} for built-in types without a dot. */
    public String moduleName() {
        if (isHeapType()) {
            Object m = dict.getItem(PyStr.of("__module__"));
            return m instanceof PyStr s ? s.toString() : "builtins";
        }
        return builtinModule;
    }

    /** The name error messages use: {@code tp_name}, which is {@code __name__} for classes. */
    public String messageName() {
        return isHeapType() || builtinModule.equals("builtins") ? name : builtinModule + "." + name;
    }

    @Override public String toString() {
        return "<class '" + (moduleName().equals("builtins") ? qualname : moduleName() + "." + qualname) + "'>";
    }

    // ---- the methods of `type` ----------------------------------------------------------------

    private static final PyStr NEW = PyStr.intern("__new__"), INIT = PyStr.intern("__init__");

    @PyMethod
    static Object __new__(PyType metatype, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (metatype == TYPE && npos == 1 && nkw == 0) {
            return Abstract.typeOf(args[0]);
        }
        if (npos != 3) {
            throw PyErr.typeError(npos == 1 ? "type() takes 1 or 3 arguments" : "type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw PyErr.typeError("type.__new__() argument 1 must be str, not %T", args[0]);
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw PyErr.typeError("type.__new__() argument 2 must be tuple, not %T", args[1]);
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw PyErr.typeError("type.__new__() argument 3 must be dict, not %T", args[2]);
        }
        PyType winner = HeapTypes.winner(metatype, bases);
        if (winner != metatype && winner.lookup(NEW) != TYPE.dict.getItem(NEW)) {
            // type.__new__ hands over to the more derived metaclass when that has its own __new__.
            return winner.call(Slot.__new__).call(winner, args.clone(), kwnames);
        }
        PyDict kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) {
            kwargs.setItem(PyStr.of(kwnames[i]), args[npos + i]);
        }
        return HeapTypes.create(winner, name.toString(), bases, ns, kwargs);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos != 1 && npos != 3) {
            throw PyErr.typeError("type.__init__() takes 1 or 3 arguments");
        }
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && kwnames == null) {
            return Abstract.typeOf(args[0]);
        }
        Fn.Call newFn = call(Slot.__new__);
        if (newFn == null || hasFlag(DISALLOW_INSTANTIATION)) {
            throw PyErr.typeError("cannot create '%s' instances", messageName());
        }
        Object obj = newFn.call(this, args, kwnames);
        if (!Abstract.typeOf(obj).isSubtypeOf(this)) {
            return obj;
        }
        Fn.Call init = Abstract.typeOf(obj).call(Slot.__init__);
        if (init != null) {
            Object r = init.call(obj, args, kwnames);
            if (r != PyNone.NONE && r != null) {
                throw PyErr.typeError("__init__() should return None, not '%T'", r);
            }
        }
        return obj;
    }

    @PyMethod
    Object __getattribute__(Object name) {
        return TypeAttributes.get(this, Abstract.attrName(name));
    }

    @PyMethod
    void __setattr__(Object name, Object value) {
        TypeAttributes.set(this, Abstract.attrName(name), value);
    }

    @PyMethod
    void __delattr__(Object name) {
        TypeAttributes.set(this, Abstract.attrName(name), null);
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of(toString());
    }

    @PyMethod("mro")
    Object mroMethod() {
        return new PyList(Mro.compute(this));
    }

    @PyMethod
    Object __subclasses__() {
        return new PyList(subclasses().toArray());
    }

    @PyMethod
    Object __instancecheck__(Object instance) {
        return PyBool.of(Abstract.typeOf(instance).isSubtypeOf(this) || TypeChecks.classOfAttrIsSubtype(instance, this));
    }

    @PyMethod
    Object __subclasscheck__(Object sub) {
        return PyBool.of(TypeChecks.isSubclassRecursive(sub, this));
    }

    @PyMethod
    Object __dir__() {
        return Dir.ofType(this);
    }

    @PyMethod
    long __hash__() {
        return BaseObject.__hash__(this);
    }

    @PyMethod
    Object __or__(Object other) {
        return UnionType.of(this, other);
    }

    @PyMethod
    Object __ror__(Object other) {
        return UnionType.of(other, this);
    }

    @ClassMethod
    static Object __prepare__(PyType metatype, @Star Object[] args, @StarStar PyDict kwargs) {
        return new PyDict();
    }

    @PyGetter("__name__")
    Object nameAttr() {
        return PyStr.of(name);
    }

    @PySetter("__name__")
    void setNameAttr(Object value) {
        checkSettable("__name__", value);
        if (!(value instanceof PyStr s)) {
            throw PyErr.typeError("can only assign string to %s.__name__, not '%T'", name, value);
        }
        checkTypeName(s.toString());
        name = s.toString();
    }

    /** A class name must be encodable as UTF-8 (as tp_name is in CPython) and hold no NUL. */
    static void checkTypeName(String name) {
        if (name.indexOf('\0') >= 0) {
            throw PyErr.valueError("type name must not contain null characters");
        }
        StrCodec.encode(name, "utf-8", "strict");
    }

    @PyGetter("__qualname__")
    Object qualnameAttr() {
        return PyStr.of(qualname);
    }

    @PySetter("__qualname__")
    void setQualnameAttr(Object value) {
        checkSettable("__qualname__", value);
        if (!(value instanceof PyStr s)) {
            throw PyErr.typeError("can only assign string to %s.__qualname__, not '%T'", name, value);
        }
        qualname = s.toString();
    }

    @PyGetter("__module__")
    Object moduleAttr() {
        if (isHeapType()) {
            Object m = dict.getItem(PyStr.intern("__module__"));
            if (m == null) {
                throw PyErr.attributeError("__module__");
            }
            return m;
        }
        return PyStr.of(builtinModule);
    }

    @PySetter("__module__")
    void setModuleAttr(Object value) {
        checkSettable("__module__", value);
        dict.setItem(PyStr.intern("__module__"), value);
        // The first line number belongs to the class statement of the old module.
        dict.delItem(PyStr.intern("__firstlineno__"));
        changed(PyStr.intern("__module__"));
    }

    @PyGetter("__bases__")
    Object basesAttr() {
        return PyTuple.of((Object[]) bases.clone());
    }

    @PySetter("__bases__")
    void setBasesAttr(Object value) {
        checkSettable("__bases__", value);
        if (!(value instanceof PyTuple t)) {
            throw PyErr.typeError("can only assign tuple to %s.__bases__, not %T", name, value);
        }
        if (t.size() == 0) {
            throw PyErr.typeError("can only assign non-empty tuple to %s.__bases__, not ()", name);
        }
        PyType[] newBases = new PyType[t.size()];
        for (int i = 0; i < newBases.length; i++) {
            if (!(t.get(i) instanceof PyType b)) {
                throw PyErr.typeError("%s.__bases__ must be tuple of classes, not '%T'", name, t.get(i));
            }
            if (b.isSubtypeOf(this) || baseChainReaches(b, this)) {
                throw PyErr.typeError("a __bases__ item causes an inheritance cycle");
            }
            newBases[i] = b;
        }
        PyType newSolid = HeapTypes.bestBase(newBases)[1];
        if (HeapTypes.solidOf(newSolid).javaClass != HeapTypes.solidOf(base).javaClass
                || newSolid.slotCount != HeapTypes.solidOf(base).slotCount) {
            throw PyErr.typeError("__bases__ assignment: '%s' deallocator differs from '%s'",
                    HeapTypes.bestBase(newBases)[0].name(), base.name());
        }
        PyType[] oldBases = bases;
        PyType oldBase = base;
        // Every MRO replaced, to put back if a (custom) mro() fails part way.
        java.util.Map<PyType, PyType[]> oldMros = new java.util.LinkedHashMap<>();
        bases = newBases;
        // Set before a custom mro() runs, so that one assigning __bases__ again sees the cycle.
        base = HeapTypes.bestBase(newBases)[0];
        try {
            recomputeMro(oldMros);
        } catch (PyException e) {
            // Unless a custom mro() assigned __bases__ again meanwhile: that assignment stands.
            if (bases == newBases) {
                bases = oldBases;
                base = oldBase;
            }
            oldMros.forEach((type, m) -> type.mro = m);
            throw e;
        }
        if (bases == newBases) {
            for (PyType b : oldBases) {
                b.removeSubclass(this);
            }
            for (PyType b : newBases) {
                b.addSubclass(this);
            }
        }
        changed(null);
    }

    /** Whether {@code t}'s chain of {@code __base__} reaches {@code target}. */
    private static boolean baseChainReaches(PyType t, PyType target) {
        for (PyType b = t; b != null; b = b.base) {
            if (b == target) {
                return true;
            }
        }
        return false;
    }

    private void recomputeMro(java.util.Map<PyType, PyType[]> oldMros) {
        PyType[] computed = HeapTypes.mroOf(this);
        oldMros.putIfAbsent(this, mro);
        mro = computed;
        for (PyType sub : subclasses()) {
            sub.recomputeMro(oldMros);
        }
    }

    @PyGetter("__base__")
    Object baseAttr() {
        return base == null ? PyNone.NONE : base;
    }

    @PyGetter("__mro__")
    Object mroAttr() {
        return PyTuple.of((Object[]) mro.clone());
    }

    @PyGetter("__dict__")
    Object dictAttr() {
        return new MappingProxy(dict);
    }

    @PyGetter("__doc__")
    Object docAttr() {
        Object d = dict.getItem(PyStr.intern("__doc__"));
        if (d == null) {
            return PyNone.NONE;
        }
        Fn.Ternary get = Abstract.typeOf(d).ternary(Slot.__get__);
        return get == null ? d : get.call(d, null, this);
    }

    /**
     * A class's own annotations, never a base's: made empty on first use, as CPython 3.13's
     * {@code type.__annotations__} does. Built-in types have none.
     */
    @PyGetter("__annotations__")
    Object annotationsAttr() {
        PyStr key = PyStr.intern("__annotations__");
        if (!isHeapType()) {
            throw PyErr.attributeError("type object '%s' has no attribute '__annotations__'", name);
        }
        Object a = dict.getItem(key);
        if (a == null) {
            a = new PyDict();
            dict.setItem(key, a);
            changed(key);
            return a;
        }
        Fn.Ternary get = Abstract.typeOf(a).ternary(Slot.__get__);
        return get == null ? a : get.call(a, null, this);
    }

    @PySetter("__annotations__")
    void setAnnotationsAttr(Object value) {
        PyStr key = PyStr.intern("__annotations__");
        if (!isHeapType()) {
            throw PyErr.typeError("cannot set '__annotations__' attribute of immutable type '%s'", name);
        }
        if (value == null) {
            if (dict.delItem(key) == null) {
                throw PyErr.attributeError("__annotations__");
            }
        } else {
            dict.setItem(key, value);
        }
        changed(key);
    }

    @PySetter("__doc__")
    void setDocAttr(Object value) {
        checkSettable("__doc__", value);
        dict.setItem(PyStr.intern("__doc__"), value == null ? PyNone.NONE : value);
    }

    @PyGetter("__flags__")
    Object flagsAttr() {
        return PyInt.of(TypeChecks.cpythonFlags(this));
    }

    @PyGetter("__basicsize__")
    Object basicsizeAttr() {
        // int's is CPython's, so that int.__sizeof__ (digits after the header) adds up.
        return PyInt.of(isSubtypeOf(PyInt.TYPE) ? 24 : 16);
    }

    /** CPython's item sizes of the variable-size built-ins (int digits, tuple slots, bytes). */
    @PyGetter("__itemsize__")
    Object itemsizeAttr() {
        int n = isSubtypeOf(PyInt.TYPE) ? 4 : isSubtypeOf(PyTuple.TYPE) ? 8 : isSubtypeOf(PyBytes.TYPE) ? 1
                : isSubtypeOf(TYPE) ? 40 : 0;
        return PyInt.of(n);
    }

    @PyGetter("__abstractmethods__")
    Object abstractMethodsAttr() {
        Object v = this == TYPE ? null : dict.getItem(PyStr.intern("__abstractmethods__"));
        if (v == null) {
            throw PyErr.attributeError("__abstractmethods__");
        }
        return v;
    }

    @PySetter("__abstractmethods__")
    void setAbstractMethodsAttr(Object value) {
        checkSettable("__abstractmethods__", value);
        if (value == null) {
            if (dict.delItem(PyStr.intern("__abstractmethods__")) == null) {
                throw PyErr.attributeError("__abstractmethods__");
            }
            flags &= ~ABSTRACT;
        } else {
            dict.setItem(PyStr.intern("__abstractmethods__"), value);
            if (Abstract.isTrue(value)) {
                flags |= ABSTRACT;
            } else {
                flags &= ~ABSTRACT;
            }
        }
        changed(PyStr.intern("__abstractmethods__"));
    }

    @PyGetter("__type_params__")
    Object typeParamsAttr() {
        Object v = dict.getItem(PyStr.intern("__type_params__"));
        return v == null ? PyTuple.EMPTY : v;
    }

    @PySetter("__type_params__")
    void setTypeParamsAttr(Object value) {
        checkSettable("__type_params__", value);
        dict.setItem(PyStr.intern("__type_params__"), value);
    }

    private void checkSettable(String attr, Object value) {
        if (!isHeapType()) {
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", attr, name);
        }
        if (value == null && !attr.equals("__abstractmethods__")) {
            throw PyErr.typeError("cannot delete '%s' attribute of immutable type '%s'", attr, name);
        }
    }
}
