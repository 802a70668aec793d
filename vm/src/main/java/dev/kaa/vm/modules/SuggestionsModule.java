package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.TracebackSuggestions;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code _suggestions}: the "Did you mean" search that {@code traceback} uses for the
 * suggestions it prints, the one the interpreter itself uses for its messages
 * ({@link TracebackSuggestions}), so both suggest the same names.
 *
 * <p>Thread safety: stateless.
 */
public final class SuggestionsModule {
    private SuggestionsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_suggestions");
        Exposer.functions(SuggestionsModule.class, MethodHandles.lookup(), "_suggestions", m).forEach(m::put);
        return m;
    }

    @PyMethod(doc = "The string in the list candidates closest to item (a likely misspelling of it), or None.")
    static Object _generate_suggestions(Object candidates, Object item) {
        if (!(candidates instanceof PyList list)) {
            throw PyErr.typeError("candidates must be a list");
        }
        Object[] names = list.toArray();
        for (Object n : names) {
            if (!(n instanceof PyStr)) {
                throw PyErr.typeError("all elements in 'candidates' must be strings");
            }
        }
        if (!(item instanceof PyStr wrong)) {
            throw PyErr.typeError("_generate_suggestions() argument 2 must be str, not %T", item);
        }
        String best = TracebackSuggestions.closest(Arrays.asList(names), wrong.toString());
        return best == null ? PyNone.NONE : PyStr.of(best);
    }
}
