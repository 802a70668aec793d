package dev.kaa.vm.internal.imports;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;

/**
 * Makes {@code importlib.machinery.ModuleSpec} objects for Kaa's Java finders, when Python code
 * asks them through importlib ({@code find_spec}). The class comes from
 * {@code importlib._bootstrap}, imported on first use: Kaa's own imports never need it, so
 * start-up does not load importlib.
 *
 * <p>Thread safety: stateless; runs under the GIL.
 */
final class ModuleSpecs {
    private ModuleSpecs() {}

    /** {@code ModuleSpec(name, loader, origin=origin, loader_state=state, is_package=isPackage)}, with a file location when origin is a file. */
    static Object make(Runtime rt, String name, Object loader, String origin, Object state, boolean isPackage) {
        Object bootstrap = rt.modules.getItem(PyStr.of("importlib._bootstrap"));
        if (bootstrap == null) {
            bootstrap = rt.services.importName(ThreadState.current(), "importlib._bootstrap", null, PyNone.NONE, 0);
            bootstrap = rt.modules.getItem(PyStr.of("importlib._bootstrap"));
        }
        Object moduleSpec = Abstract.getAttr(bootstrap, PyStr.intern("ModuleSpec"));
        Object spec = Abstract.call(moduleSpec, new Object[] {PyStr.of(name), loader,
                origin == null ? PyNone.NONE : PyStr.of(origin), state == null ? PyNone.NONE : state,
                PyBool.of(isPackage)}, new String[] {"origin", "loader_state", "is_package"});
        if (origin != null && !origin.equals("built-in")) {
            Abstract.setAttr(spec, PyStr.intern("has_location"), PyBool.TRUE);
        }
        return spec;
    }

    /** Sets {@code spec.cached}. */
    static void setCached(Object spec, String cached) {
        Abstract.setAttr(spec, PyStr.intern("cached"), PyStr.of(cached));
    }
}
