package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.GenericAlias;
import dev.kaa.vm.objects.HasDict;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Named;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;

/**
 * The type parameters of PEP 695 and {@code typing} ({@code TypeVar}, {@code ParamSpec},
 * {@code TypeVarTuple}, their {@code .args}/{@code .kwargs}, {@code TypeAliasType},
 * {@code NoDefault}), which CPython 3.13 writes in C and {@code typing} imports from
 * {@code _typing}. Bounds, constraints, defaults and alias values written with the new syntax
 * are evaluated lazily, on first access, as CPython does. What needs {@code typing}'s own logic
 * (substitution, unions with non-types, {@code Generic[...]}) calls into {@code typing}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class TypeParamObjects {
    private TypeParamObjects() {}

    /** {@code typing.NoDefault}. */
    public static final class NoDefault extends PyObject {
        public static final PyType TYPE = PyType.builtin("typing.NoDefaultType", NoDefault.class, MethodHandles.lookup(), 0);
        public static final NoDefault INSTANCE = new NoDefault();

        private NoDefault() {}

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("typing.NoDefault");
        }

        @PyMethod
        Object __reduce__() {
            return PyStr.of("NoDefault");
        }
    }

    static Object typing() {
        ThreadState ts = ThreadState.current();
        return ts.runtime.services.importName(ts, "typing", null, PyNone.NONE, 0);
    }

    static Object callTyping(String function, Object... args) {
        return Abstract.call(Abstract.getAttr(typing(), function), args);
    }

    /** The module of the calling Python code, for {@code __module__}. */
    static Object callerModule() {
        PyFrame f = ThreadState.current().frame;
        Object name = f == null ? null : f.globals.getItem(PyStr.intern("__name__"));
        return name == null ? PyNone.NONE : name;
    }

    /** A value given now, or computed on first use by calling {@code evaluate}. */
    static final class Lazy {
        private Object value;
        private final Object evaluate;

        Lazy(Object value, Object evaluate) {
            this.value = value;
            this.evaluate = evaluate;
        }

        Object get() {
            if (value == null && evaluate != null) {
                value = Abstract.call(evaluate, new Object[0], null);
            }
            return value;
        }

        boolean given() {
            return value != null || evaluate != null;
        }

        Object evaluator() {
            return evaluate == null ? PyNone.NONE : evaluate;
        }
    }

    /** {@code T = default} in a type parameter list: the default, evaluated lazily. */
    public static Object setDefault(Object param, Object evaluator) {
        ((Param) param).dflt = new Lazy(null, evaluator);
        return param;
    }

    /** What TypeVar, ParamSpec and TypeVarTuple share: a name, a module, a default. */
    abstract static class Param extends PyObject implements HasDict {
        final PyStr name;
        Lazy dflt;
        Object module;
        private PyDict dict;

        Param(PyStr name, Lazy dflt) {
            this.name = name;
            this.dflt = dflt;
            this.module = callerModule();
        }

        @Override public PyDict instanceDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        Object defaultValue() {
            return dflt.given() ? dflt.get() : NoDefault.INSTANCE;
        }

        Object or(Object other) {
            return Abstract.getItem(Abstract.getAttr(typing(), "Union"), PyTuple.of(this, other));
        }

        Object ror(Object other) {
            return Abstract.getItem(Abstract.getAttr(typing(), "Union"), PyTuple.of(other, this));
        }
    }

    /** {@code typing.TypeVar}. */
    public static final class TypeVar extends Param {
        public static final PyType TYPE = PyType.builtin("typing.TypeVar", TypeVar.class, MethodHandles.lookup(), 0);

        private final Lazy bound;
        private final Lazy constraints;
        private final boolean covariant, contravariant, inferVariance;

        TypeVar(PyStr name, Lazy bound, Lazy constraints, Lazy dflt, boolean co, boolean contra, boolean infer) {
            super(name, dflt);
            this.bound = bound;
            this.constraints = constraints;
            this.covariant = co;
            this.contravariant = contra;
            this.inferVariance = infer;
        }

        /** A type parameter of the new syntax: variance is inferred; the others evaluate lazily. */
        public static TypeVar ofSyntax(Object name, Object boundEvaluator, Object constraintsEvaluator) {
            return new TypeVar((PyStr) name, new Lazy(null, boundEvaluator), new Lazy(null, constraintsEvaluator),
                    new Lazy(null, null), false, false, true);
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod(positionalOnly = 1)
        static Object __new__(PyType cls, Object name, @Star Object[] constraints, @KwOnly @Opt("None") Object bound,
                @Opt("False") boolean covariant, @Opt("False") boolean contravariant,
                @Opt("False") boolean infer_variance, @Named("default") @Opt Object default_) {
            if (!(name instanceof PyStr n)) {
                throw PyErr.typeError("TypeVar() argument 'name' must be str, not %T", name);
            }
            if (covariant && contravariant) {
                throw PyErr.valueError("Bivariant type variables are not supported.");
            }
            if (infer_variance && (covariant || contravariant)) {
                throw PyErr.valueError("Variance cannot be specified with infer_variance.");
            }
            if (constraints.length == 1) {
                throw PyErr.typeError("A single constraint is not allowed");
            }
            if (constraints.length > 0 && bound != PyNone.NONE) {
                throw PyErr.typeError("Constraints cannot be combined with bound=...");
            }
            Object b = bound == PyNone.NONE ? null : callTyping("_type_check", bound, PyStr.of("Bound must be a type."));
            Object[] cs = constraints.clone();
            Lazy d = default_ == null || default_ == NoDefault.INSTANCE ? new Lazy(null, null) : new Lazy(default_, null);
            return new TypeVar(n, new Lazy(b, null), new Lazy(PyTuple.of(cs), null), d, covariant, contravariant,
                    infer_variance);
        }

        @PyGetter("__name__")
        Object nameAttr() {
            return name;
        }

        @PyGetter("__module__")
        Object moduleAttr() {
            return module;
        }

        @PyGetter("__bound__")
        Object boundAttr() {
            Object b = bound.get();
            return b == null ? PyNone.NONE : b;
        }

        @PyGetter("__constraints__")
        Object constraintsAttr() {
            Object c = constraints.get();
            return c == null ? PyTuple.EMPTY : c;
        }

        @PyGetter("__default__")
        Object defaultAttr() {
            return defaultValue();
        }

        @PyGetter("evaluate_bound")
        Object evaluateBound() {
            return bound.evaluator();
        }

        @PyGetter("evaluate_constraints")
        Object evaluateConstraints() {
            return constraints.evaluator();
        }

        @PyGetter("evaluate_default")
        Object evaluateDefault() {
            return dflt.evaluator();
        }

        @PyGetter("__covariant__")
        Object covariantAttr() {
            return PyBool.of(covariant);
        }

        @PyGetter("__contravariant__")
        Object contravariantAttr() {
            return PyBool.of(contravariant);
        }

        @PyGetter("__infer_variance__")
        Object inferVarianceAttr() {
            return PyBool.of(inferVariance);
        }

        @PyMethod
        boolean has_default() {
            return dflt.given();
        }

        @PyMethod
        Object __repr__() {
            String prefix = inferVariance ? "" : covariant ? "+" : contravariant ? "-" : "~";
            return PyStr.of(prefix + name.value());
        }

        @PyMethod
        Object __or__(Object other) {
            return or(other);
        }

        @PyMethod
        Object __ror__(Object other) {
            return ror(other);
        }

        @PyMethod
        Object __typing_subst__(Object arg) {
            return callTyping("_typevar_subst", this, arg);
        }

        /** Fills a missing last argument from the default, as CPython's C code does. */
        @PyMethod
        Object __typing_prepare_subst__(Object alias, Object args) {
            Object params = Abstract.getAttr(alias, "__parameters__");
            int i = Abstract.asInt(Abstract.callMethod(params, "index", this));
            int n = Abstract.len(args);
            if (i < n) {
                return args;
            }
            if (i == n && dflt.given()) {
                return Abstract.binaryOp(PyTuple.fromIterable(args), PyTuple.of(dflt.get()), dev.kaa.vm.objects.BinaryOp.ADD);
            }
            throw PyErr.typeError("Too few arguments for %S; actual %d, expected at least %d", alias, n, i + 1);
        }

        @PyMethod
        Object __reduce__() {
            return name;
        }

        @PyMethod
        Object __mro_entries__(Object bases) {
            throw PyErr.typeError("Cannot subclass an instance of TypeVar");
        }
    }

    /** {@code typing.ParamSpec}. */
    public static final class ParamSpec extends Param {
        public static final PyType TYPE = PyType.builtin("typing.ParamSpec", ParamSpec.class, MethodHandles.lookup(), 0);
        private final Object bound;
        private final boolean covariant, contravariant, inferVariance;

        ParamSpec(PyStr name, Object bound, Lazy dflt, boolean co, boolean contra, boolean infer) {
            super(name, dflt);
            this.bound = bound;
            this.covariant = co;
            this.contravariant = contra;
            this.inferVariance = infer;
        }

        public static ParamSpec ofSyntax(Object name) {
            return new ParamSpec((PyStr) name, PyNone.NONE, new Lazy(null, null), false, false, true);
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod(positionalOnly = 1)
        static Object __new__(PyType cls, Object name, @KwOnly @Opt("None") Object bound, @Opt("False") boolean covariant,
                @Opt("False") boolean contravariant, @Opt("False") boolean infer_variance, @Named("default") @Opt Object default_) {
            if (!(name instanceof PyStr n)) {
                throw PyErr.typeError("ParamSpec() argument 'name' must be str, not %T", name);
            }
            if (covariant && contravariant) {
                throw PyErr.valueError("Bivariant type variables are not supported.");
            }
            Lazy d = default_ == null || default_ == NoDefault.INSTANCE ? new Lazy(null, null) : new Lazy(default_, null);
            return new ParamSpec(n, bound, d, covariant, contravariant, infer_variance);
        }

        @PyGetter("__name__")
        Object nameAttr() {
            return name;
        }

        @PyGetter("__module__")
        Object moduleAttr() {
            return module;
        }

        @PyGetter("__bound__")
        Object boundAttr() {
            return bound;
        }

        @PyGetter("__default__")
        Object defaultAttr() {
            return defaultValue();
        }

        @PyGetter("evaluate_default")
        Object evaluateDefault() {
            return dflt.evaluator();
        }

        @PyGetter("__covariant__")
        Object covariantAttr() {
            return PyBool.of(covariant);
        }

        @PyGetter("__contravariant__")
        Object contravariantAttr() {
            return PyBool.of(contravariant);
        }

        @PyGetter("__infer_variance__")
        Object inferVarianceAttr() {
            return PyBool.of(inferVariance);
        }

        @PyGetter
        Object args() {
            return new ParamSpecPart(this, false);
        }

        @PyGetter
        Object kwargs() {
            return new ParamSpecPart(this, true);
        }

        @PyMethod
        boolean has_default() {
            return dflt.given();
        }

        @PyMethod
        Object __repr__() {
            String prefix = inferVariance ? "" : covariant ? "+" : contravariant ? "-" : "~";
            return PyStr.of(prefix + name.value());
        }

        @PyMethod
        Object __or__(Object other) {
            return or(other);
        }

        @PyMethod
        Object __ror__(Object other) {
            return ror(other);
        }

        @PyMethod
        Object __typing_subst__(Object arg) {
            return callTyping("_paramspec_subst", this, arg);
        }

        @PyMethod
        Object __typing_prepare_subst__(Object alias, Object args) {
            return callTyping("_paramspec_prepare_subst", this, alias, args);
        }

        @PyMethod
        Object __reduce__() {
            return name;
        }

        @PyMethod
        Object __mro_entries__(Object bases) {
            throw PyErr.typeError("Cannot subclass an instance of ParamSpec");
        }
    }

    /** {@code P.args} and {@code P.kwargs}. */
    public static final class ParamSpecPart extends PyObject {
        public static final PyType ARGS = PyType.builtin("typing.ParamSpecArgs", ParamSpecPart.class, MethodHandles.lookup(), 0);
        public static final PyType KWARGS = PyType.builtin("typing.ParamSpecKwargs", ParamSpecPart.class, MethodHandles.lookup(), 0);
        private final ParamSpec origin;
        private final boolean kwargs;

        ParamSpecPart(ParamSpec origin, boolean kwargs) {
            this.origin = origin;
            this.kwargs = kwargs;
        }

        @Override public PyType type() {
            return kwargs ? KWARGS : ARGS;
        }

        @PyGetter
        Object __origin__() {
            return origin;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of(origin.name.value() + (kwargs ? ".kwargs" : ".args"));
        }

        @PyMethod
        Object __eq__(Object other) {
            if (!(other instanceof ParamSpecPart p)) {
                return dev.kaa.vm.objects.PySingletons.NOT_IMPLEMENTED;
            }
            return PyBool.of(p.kwargs == kwargs && p.origin == origin);
        }

        @PyMethod
        long __hash__() {
            return Abstract.hash(origin) ^ (kwargs ? 1 : 2);
        }

        @PyMethod
        Object __mro_entries__(Object bases) {
            throw PyErr.typeError("Cannot subclass an instance of %s", kwargs ? "ParamSpecKwargs" : "ParamSpecArgs");
        }
    }

    /** {@code typing.TypeVarTuple}. */
    public static final class TypeVarTuple extends Param {
        public static final PyType TYPE = PyType.builtin("typing.TypeVarTuple", TypeVarTuple.class, MethodHandles.lookup(), 0);

        TypeVarTuple(PyStr name, Lazy dflt) {
            super(name, dflt);
        }

        public static TypeVarTuple ofSyntax(Object name) {
            return new TypeVarTuple((PyStr) name, new Lazy(null, null));
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod(positionalOnly = 1)
        static Object __new__(PyType cls, Object name, @KwOnly @Named("default") @Opt Object default_) {
            if (!(name instanceof PyStr n)) {
                throw PyErr.typeError("TypeVarTuple() argument 'name' must be str, not %T", name);
            }
            Lazy d = default_ == null || default_ == NoDefault.INSTANCE ? new Lazy(null, null) : new Lazy(default_, null);
            return new TypeVarTuple(n, d);
        }

        @PyGetter("__name__")
        Object nameAttr() {
            return name;
        }

        @PyGetter("__module__")
        Object moduleAttr() {
            return module;
        }

        @PyGetter("__default__")
        Object defaultAttr() {
            return defaultValue();
        }

        @PyGetter("evaluate_default")
        Object evaluateDefault() {
            return dflt.evaluator();
        }

        @PyMethod
        boolean has_default() {
            return dflt.given();
        }

        @PyMethod
        Object __iter__() {
            Object unpacked = Abstract.getItem(Abstract.getAttr(typing(), "Unpack"), this);
            return Abstract.iter(PyTuple.of(unpacked));
        }

        @PyMethod
        Object __repr__() {
            return name;
        }

        @PyMethod
        Object __typing_subst__(Object arg) {
            throw PyErr.typeError("Substitution of bare TypeVarTuple is not supported");
        }

        @PyMethod
        Object __typing_prepare_subst__(Object alias, Object args) {
            return callTyping("_typevartuple_prepare_subst", this, alias, args);
        }

        @PyMethod
        Object __reduce__() {
            return name;
        }

        @PyMethod
        Object __mro_entries__(Object bases) {
            throw PyErr.typeError("Cannot subclass an instance of TypeVarTuple");
        }
    }

    /** {@code typing.TypeAliasType}: what {@code type X = ...} makes. */
    public static final class TypeAliasType extends PyObject {
        public static final PyType TYPE = PyType.builtin("typing.TypeAliasType", TypeAliasType.class, MethodHandles.lookup(), 0);
        private final PyStr name;
        private final Object typeParams;
        private final Lazy value;
        private final Object module;

        TypeAliasType(PyStr name, Object typeParams, Lazy value, Object module) {
            this.name = name;
            this.typeParams = typeParams;
            this.value = value;
            this.module = module;
        }

        /** {@code type X[...] = value}: the value is computed on first use. */
        public static TypeAliasType ofSyntax(Object name, Object typeParams, Object computeValue) {
            return new TypeAliasType((PyStr) name, typeParams == PyNone.NONE ? PyTuple.EMPTY : typeParams,
                    new Lazy(null, computeValue), callerModule());
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod(positionalOnly = 0)
        static Object __new__(PyType cls, Object name, Object value, @KwOnly @Opt Object type_params) {
            if (!(name instanceof PyStr n)) {
                throw PyErr.typeError("TypeAliasType() argument 'name' must be str, not %T", name);
            }
            Object tp = type_params == null ? PyTuple.EMPTY : type_params;
            if (!(tp instanceof PyTuple)) {
                throw PyErr.typeError("type_params must be a tuple");
            }
            return new TypeAliasType(n, tp, new Lazy(value, null), callerModule());
        }

        @PyGetter("__name__")
        Object nameAttr() {
            return name;
        }

        @PyGetter("__module__")
        Object moduleAttr() {
            return module;
        }

        @PyGetter("__type_params__")
        Object typeParamsAttr() {
            return typeParams;
        }

        @PyGetter("__parameters__")
        Object parametersAttr() {
            return typeParams;
        }

        @PyGetter("__value__")
        Object valueAttr() {
            return value.get();
        }

        @PyGetter("evaluate_value")
        Object evaluateValue() {
            return value.evaluator();
        }

        @PyMethod
        Object __getitem__(Object args) {
            if (((PyTuple) typeParams).size() == 0) {
                throw PyErr.typeError("Only generic type aliases are subscriptable");
            }
            return GenericAlias.of(this, args);
        }

        @PyMethod
        Object __repr__() {
            return name;
        }

        @PyMethod
        Object __or__(Object other) {
            return Abstract.getItem(Abstract.getAttr(typing(), "Union"), PyTuple.of(this, other));
        }

        @PyMethod
        Object __ror__(Object other) {
            return Abstract.getItem(Abstract.getAttr(typing(), "Union"), PyTuple.of(other, this));
        }

        @PyMethod
        Object __reduce__() {
            return name;
        }

        @PyMethod
        Object __mro_entries__(Object bases) {
            throw PyErr.typeError("Cannot subclass an instance of TypeAliasType");
        }
    }
}
