package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import dev.kaa.vm.objects.StarStar;
import java.lang.invoke.MethodHandles;

/**
 * {@code _typing}: the parts of {@code typing} that CPython 3.13 writes in C (the type
 * parameters of {@link TypeParamObjects}, {@code Generic}, {@code NoDefault}, {@code _idfunc}).
 *
 * <p>Thread safety: stateless.
 */
public final class TypingModule {
    private TypingModule() {}

    /** {@code typing.Generic}: its subscription and subclassing hand over to {@code typing}. */
    public static final PyType GENERIC = PyType.builtin("typing.Generic", PyObject.class, GenericMethods.class,
            MethodHandles.lookup(), PyType.BASETYPE);

    public static PyModule create() {
        PyModule m = new PyModule("_typing");
        m.put("__doc__", PyStr.of("Low-level pieces for the typing module."));
        m.put("TypeVar", TypeParamObjects.TypeVar.TYPE);
        m.put("ParamSpec", TypeParamObjects.ParamSpec.TYPE);
        m.put("TypeVarTuple", TypeParamObjects.TypeVarTuple.TYPE);
        m.put("ParamSpecArgs", TypeParamObjects.ParamSpecPart.ARGS);
        m.put("ParamSpecKwargs", TypeParamObjects.ParamSpecPart.KWARGS);
        m.put("TypeAliasType", TypeParamObjects.TypeAliasType.TYPE);
        m.put("NoDefault", TypeParamObjects.NoDefault.INSTANCE);
        m.put("Generic", GENERIC);
        Exposer.functions(TypingModule.class, MethodHandles.lookup(), "_typing", m).forEach(m::put);
        return m;
    }

    @PyMethod
    static Object _idfunc(Object x) {
        return x;
    }

    /** {@code Generic[params]} for a class written with type parameters ({@code class C[T]}). */
    public static Object subscriptGeneric(Object params) {
        PyTuple ps = params instanceof PyTuple t ? t : PyTuple.of(params);
        Object[] items = ps.items().clone();
        for (int i = 0; i < items.length; i++) {
            if (items[i] instanceof TypeParamObjects.TypeVarTuple tvt) {
                items[i] = Abstract.getItem(Abstract.getAttr(TypeParamObjects.typing(), "Unpack"), tvt);
            }
        }
        return TypeParamObjects.callTyping("_generic_class_getitem", GENERIC, PyTuple.of(items));
    }

    /** The methods of {@code typing.Generic}. */
    static final class GenericMethods {
        private GenericMethods() {}

        @ClassMethod
        static Object __class_getitem__(PyType cls, Object params) {
            return TypeParamObjects.callTyping("_generic_class_getitem", cls, params);
        }

        @ClassMethod
        static Object __init_subclass__(PyType cls, @Star Object[] args, @StarStar PyDict kwargs) {
            Object f = Abstract.getAttr(TypeParamObjects.typing(), "_generic_init_subclass");
            Object[] all = new Object[args.length + 1];
            all[0] = cls;
            System.arraycopy(args, 0, all, 1, args.length);
            java.util.List<Object> keys = kwargs.keys();
            Object[] withKw = java.util.Arrays.copyOf(all, all.length + keys.size());
            String[] names = new String[keys.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = keys.get(i).toString();
                withKw[all.length + i] = kwargs.getItem(keys.get(i));
            }
            return Abstract.call(f, withKw, names.length == 0 ? null : names);
        }
    }
}
