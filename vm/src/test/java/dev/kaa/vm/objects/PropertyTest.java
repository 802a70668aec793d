package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@code property} against CPython 3.13: each expected text is what {@code python3.13} printed
 * for the same operations on Python functions with the same names and docstrings.
 */
class PropertyTest {
    static {
        PyProperty.TYPE.name();
        BuiltinTypes.boot();
    }

    /** The functions the properties wrap, as built-in functions named like the Python ones. */
    static final class Fns {
        @PyMethod
        static Object one(Object self) {
            return PyInt.of(1);
        }

        @PyMethod(doc = "doc of y")
        static Object gety(Object self) {
            return PyInt.of(2);
        }

        @PyMethod(doc = "g2 doc")
        static Object g2(Object self) {
            return PyNone.NONE;
        }

        @PyMethod
        static Object g3(Object self) {
            return PyNone.NONE;
        }

        @PyMethod
        static void store(Object self, Object value) {
            Abstract.setAttr(self, PyStr.of("_v"), value);
        }

        @PyMethod
        static void remove(Object self) {
            Abstract.delAttr(self, PyStr.of("_v"));
        }

        @PyMethod
        static Object load(Object self) {
            return Abstract.getAttr(self, "_v");
        }
    }

    static final Map<String, PyBuiltinFunction> FN = Exposer.functions(Fns.class, MethodHandles.lookup(), "__main__", null);

    static Object fn(String name) {
        return FN.get(name);
    }

    static Object prop(Object... args) {
        return Abstract.call(PyProperty.TYPE, args);
    }

    static Object propKw(Object[] args, String... kwnames) {
        return Abstract.call(PyProperty.TYPE, args, kwnames);
    }

    /** {@code type(name, bases, ns)} with {@code ns} from alternating names and values. */
    static PyType cls(String name, PyTuple bases, Object... nv) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
        for (int k = 0; k < nv.length; k += 2) {
            ns.setItem(PyStr.of((String) nv[k]), nv[k + 1]);
        }
        return (PyType) Abstract.call(PyType.TYPE, PyStr.of(name), bases, ns);
    }

    static String outcome(Supplier<Object> s) {
        try {
            return Abstract.repr(s.get()).toString();
        } catch (PyException e) {
            return "!! " + e.getMessage();
        }
    }

    static void check(String expected, Supplier<Object> s) {
        assertEquals(expected, outcome(s));
    }

    static Object get(Object o, String name) {
        return Abstract.getAttr(o, name);
    }

    static Object set(Object o, String name, Object v) {
        Abstract.setAttr(o, PyStr.of(name), v);
        return PyNone.NONE;
    }

    static Object del(Object o, String name) {
        Abstract.delAttr(o, PyStr.of(name));
        return PyNone.NONE;
    }

    /** {@code obj.__dict__}, read from Java: the generic {@code __dict__} descriptor is the kernel's. */
    static Object dictOf(Object o) {
        return ((HasDict) o).instanceDict();
    }

    static Object callMethod(Object o, String name, Object... args) {
        return Abstract.callMethod(o, name, args);
    }

    @Test
    void missingFunctionsNameThePropertyAndClass() {
        PyType c = cls("C", PyTuple.EMPTY, "x", prop(fn("one")), "y", prop(fn("gety")));
        Object obj = Abstract.call(c);
        check("1", () -> get(obj, "x"));
        check("2", () -> get(obj, "y"));
        check("!! AttributeError: property 'x' of 'C' object has no setter", () -> set(obj, "x", PyInt.of(1)));
        check("!! AttributeError: property 'x' of 'C' object has no deleter", () -> del(obj, "x"));
        PyType d = cls("D", PyTuple.EMPTY, "__qualname__", PyStr.of("C.D"), "z", prop());
        Object dobj = Abstract.call(d);
        check("!! AttributeError: property 'z' of 'C.D' object has no getter", () -> get(dobj, "z"));
        check("!! AttributeError: property 'z' of 'C.D' object has no setter", () -> set(dobj, "z", PyInt.of(1)));
    }

    @Test
    void unnamedProperty() {
        PyType c = cls("C", PyTuple.EMPTY);
        Object obj = Abstract.call(c);
        Object p = prop();
        check("!! AttributeError: property of 'C' object has no getter", () -> callMethod(p, "__get__", obj));
        check("!! AttributeError: property of 'C' object has no setter", () -> callMethod(p, "__set__", obj, PyInt.of(1)));
        check("!! AttributeError: property of 'C' object has no deleter", () -> callMethod(p, "__delete__", obj));
        check("!! AttributeError: property of 'NoneType' object has no setter",
                () -> callMethod(p, "__set__", PyNone.NONE, PyInt.of(1)));
        assertSame(p, callMethod(p, "__get__", PyNone.NONE, c));
        check("!! TypeError: __get__(None, None) is invalid", () -> callMethod(p, "__get__", PyNone.NONE, PyNone.NONE));
        check("!! TypeError: __get__(None, None) is invalid", () -> callMethod(p, "__get__", PyNone.NONE));
        check("!! AttributeError: 'property' object has no attribute '__name__'", () -> get(p, "__name__"));
    }

    @Test
    void setterAndDeleterRun() {
        Object p0 = prop(fn("load"));
        Object p1 = callMethod(p0, "setter", fn("store"));
        Object p2 = callMethod(p1, "deleter", fn("remove"));
        PyType c = cls("C", PyTuple.EMPTY, "v", p2);
        Object obj = Abstract.call(c);
        set(obj, "v", PyInt.of(42));
        check("42", () -> get(obj, "v"));
        check("42", () -> get(obj, "_v"));
        del(obj, "v");
        check("!! AttributeError: 'C' object has no attribute '_v'", () -> get(obj, "v"));
        check("'v'", () -> get(p2, "__name__"));
        check("'load'", () -> get(p0, "__name__"));
        // None keeps the current function: p.setter(None).fset is p.fset.
        assertSame(fn("store"), get(callMethod(p2, "setter", PyNone.NONE), "fset"));
        assertSame(fn("load"), get(callMethod(p2, "getter", PyNone.NONE), "fget"));
        assertSame(fn("remove"), get(callMethod(p2, "deleter", PyNone.NONE), "fdel"));
    }

    @Test
    void docstrings() {
        Object y = prop(fn("gety"));
        check("'doc of y'", () -> get(y, "__doc__"));
        check("'gety'", () -> get(y, "__name__"));
        Object q = callMethod(y, "setter", fn("store"));
        check("'doc of y'", () -> get(q, "__doc__"));
        check("'gety'", () -> get(q, "__name__"));
        check("None", () -> get(callMethod(q, "getter", fn("g3")), "__doc__"));
        check("'g2 doc'", () -> get(callMethod(y, "getter", fn("g2")), "__doc__"));
        check("'explicit'", () -> get(callMethod(propKw(new Object[] {fn("g2"), PyStr.of("explicit")}, "doc"), "getter",
                fn("gety")), "__doc__"));
        check("4", () -> get(propKw(new Object[] {PyInt.of(1), PyInt.of(2), PyInt.of(3), PyInt.of(4)},
                "fget", "fset", "fdel", "doc"), "__doc__"));
        check("None", () -> get(propKw(new Object[] {PyNone.NONE}, "doc"), "__doc__"));
        // property(g2).getter(None) keeps the old doc: the getter is None.
        check("'g2 doc'", () -> get(callMethod(prop(fn("g2")), "getter", PyNone.NONE), "__doc__"));
        check("'x'", () -> get(callMethod(prop(fn("g2"), PyNone.NONE, PyNone.NONE, PyStr.of("x")), "getter", fn("g3")),
                "__doc__"));
        Object p = prop(fn("g2"));
        set(p, "__doc__", PyStr.of("changed"));
        check("None", () -> get(callMethod(p, "getter", fn("g3")), "__doc__"));
        check("'g2 doc'", () -> get(callMethod(p, "setter", fn("g3")), "__doc__"));
        check("'dd'", () -> get(callMethod(prop(PyNone.NONE, PyNone.NONE, PyNone.NONE, PyStr.of("dd")), "setter",
                PyNone.NONE), "__doc__"));
    }

    @Test
    void subclassKeepsDocInItsDict() {
        PyType p = cls("P", PyTuple.of(PyProperty.TYPE));
        check("'g2 doc'", () -> get(Abstract.call(p, fn("g2")), "__doc__"));
        check("{'__doc__': 'g2 doc'}", () -> dictOf(Abstract.call(p, fn("g2"))));
        check("{'__doc__': None}", () -> dictOf(Abstract.call(p)));
        check("{'__doc__': 'dd'}", () -> dictOf(Abstract.call(p, new Object[] {fn("g2"), PyStr.of("dd")},
                new String[] {"doc"})));
        assertSame(p, Abstract.typeOf(callMethod(Abstract.call(p, fn("g2")), "setter", PyNone.NONE)));
        check("'g2 doc'", () -> get(callMethod(Abstract.call(p, new Object[] {fn("g2"), PyStr.of("dd")},
                new String[] {"doc"}), "setter", PyNone.NONE), "__doc__"));
        check("None", () -> get(callMethod(Abstract.call(p, new Object[] {PyNone.NONE, PyStr.of("dd")},
                new String[] {"doc"}), "setter", PyNone.NONE), "__doc__"));
        check("{'__doc__': None}", () -> dictOf(callMethod(Abstract.call(p, fn("g2")), "getter", fn("g3"))));
    }

    @Test
    void subclassWithSlotsDropsExplicitDoc() {
        // CPython 3.13 also refuses Q(g2) with "'Q' object attribute '__doc__' is read-only";
        // that needs a property subclass with __slots__ = () to have no __dict__ (a kernel matter).
        PyType q = cls("Q", PyTuple.of(PyProperty.TYPE), "__slots__", PyTuple.EMPTY);
        check("True", () -> PyBool.of(Abstract.call(q, new Object[] {fn("g2"), PyStr.of("x")}, new String[] {"doc"})
                instanceof PyProperty));
    }

    @Test
    void abstractness() {
        PyType a = cls("A", PyTuple.EMPTY);
        Object marked = Abstract.call(a);
        set(marked, "__isabstractmethod__", PyBool.TRUE);
        check("True", () -> get(prop(marked), "__isabstractmethod__"));
        check("True", () -> get(prop(PyNone.NONE, marked), "__isabstractmethod__"));
        check("False", () -> get(prop(), "__isabstractmethod__"));
        check("False", () -> get(prop(fn("g2")), "__isabstractmethod__"));
    }

    @Test
    void names() {
        Object pp = prop(fn("g2"));
        callMethod(pp, "__set_name__", PyType.TYPE, PyStr.of("zz"));
        check("'zz'", () -> get(pp, "__name__"));
        set(pp, "__name__", PyStr.of("renamed"));
        check("'renamed'", () -> get(pp, "__name__"));
        check("'renamed'", () -> get(callMethod(pp, "setter", PyNone.NONE), "__name__"));
        set(pp, "__doc__", PyStr.of("new"));
        check("'new'", () -> get(pp, "__doc__"));
        check("!! TypeError: __set_name__() takes 2 positional arguments but 1 were given",
                () -> callMethod(pp, "__set_name__", PyInt.of(1)));
        Object pn = prop();
        set(pn, "__name__", PyInt.of(3));
        check("3", () -> get(pn, "__name__"));
        check("5", () -> get(callMethod(prop(PyNone.NONE), "setter", PyInt.of(5)), "fset"));
        check("None", () -> get(prop(), "fget"));
    }

    @Test
    void readOnlyMembers() {
        Object pp = prop(fn("g2"));
        check("!! AttributeError: readonly attribute", () -> set(pp, "fget", PyInt.of(1)));
        check("!! AttributeError: readonly attribute", () -> set(pp, "fdel", PyInt.of(1)));
    }

    @Test
    void constructorArguments() {
        check("!! TypeError: property() got an unexpected keyword argument 'bad'",
                () -> propKw(new Object[] {PyInt.of(1), PyInt.of(2)}, "fget", "bad"));
        check("!! TypeError: argument for property() given by name ('fget') and position (1)",
                () -> propKw(new Object[] {PyInt.of(1), PyInt.of(2)}, "fget"));
        check("!! TypeError: property() takes at most 4 arguments (5 given)",
                () -> propKw(new Object[] {PyInt.of(1), PyInt.of(2), PyInt.of(3), PyInt.of(4), PyInt.of(5)}, "doc"));
        check("!! TypeError: property() takes at most 4 arguments (5 given)",
                () -> prop(PyInt.of(1), PyInt.of(2), PyInt.of(3), PyInt.of(4), PyInt.of(5)));
        check("!! TypeError: property() takes at most 4 keyword arguments (5 given)",
                () -> propKw(new Object[] {PyInt.of(1), PyInt.of(2), PyInt.of(3), PyInt.of(4), PyInt.of(5)},
                        "doc", "a", "b", "c", "d"));
        check("1", () -> get(prop(PyInt.of(1), PyInt.of(2), PyInt.of(3), PyInt.of(4)), "fget"));
        check("!! TypeError: property() got an unexpected keyword argument 'fgett'. Did you mean 'fget'?",
                () -> propKw(new Object[] {PyInt.of(1)}, "fgett"));
        check("!! TypeError: property() got an unexpected keyword argument 'doc2'. Did you mean 'doc'?",
                () -> propKw(new Object[] {PyInt.of(1)}, "doc2"));
        check("!! TypeError: property() got an unexpected keyword argument 'fxxx'",
                () -> propKw(new Object[] {PyInt.of(1)}, "fxxx"));
        check("!! TypeError: property.getter() takes exactly one argument (0 given)", () -> callMethod(prop(), "getter"));
        assertEquals(true, Abstract.repr(prop()).toString().startsWith("<property object at 0x"));
    }
}
