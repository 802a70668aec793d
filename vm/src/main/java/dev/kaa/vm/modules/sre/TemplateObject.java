package dev.kaa.vm.modules.sre;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _sre.SRE_Template}: a replacement template as {@code re._parser.parse_template} splits
 * it, literals alternating with group numbers, made by {@code _sre.template} and used by
 * {@code Pattern.sub} and {@code Match.expand}.
 *
 * <p>Thread safety: immutable.
 */
public final class TemplateObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("_sre.SRE_Template", TemplateObject.class,
            MethodHandles.lookup(), PyType.DISALLOW_INSTANTIATION);

    /** literals[i] comes before groups[i]; literals has one more entry. Null literals are empty. */
    private final Object[] literals;
    private final int[] groups;

    private TemplateObject(Object[] literals, int[] groups) {
        this.literals = literals;
        this.groups = groups;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** {@code _sre.template(pattern, template)}. */
    static TemplateObject of(Object template) {
        if (!(template instanceof PyList list)) {
            throw PyErr.typeError("template() argument 2 must be list, not %T", template);
        }
        int n = list.size();
        if ((n & 1) == 0) {
            throw PyErr.typeError("invalid template");
        }
        Object[] lits = new Object[n / 2 + 1];
        int[] gs = new int[n / 2];
        for (int i = 0; i < n; i++) {
            Object item = list.get(i);
            if ((i & 1) == 0) {
                lits[i / 2] = item == PyNone.NONE || Abstract.len(item) == 0 ? null : item;
            } else {
                if (!(item instanceof PyInt)) {
                    throw PyErr.typeError("an integer is required");
                }
                long g = Abstract.asLong(item);
                if (g < 0 || g > SreOp.MAXGROUPS) {
                    throw PyErr.typeError("invalid template");
                }
                gs[i / 2] = (int) g;
            }
        }
        return new TemplateObject(lits, gs);
    }

    /** {@code re._compile_template(pattern, repl)}: the parsed (and cached) template. */
    static TemplateObject compiled(PatternObject pattern, Object repl) {
        ThreadState ts = ThreadState.current();
        Object re = ts.runtime.services.importName(ts, "re", null, PyNone.NONE, 0);
        Object t = Abstract.call(Abstract.getAttr(re, "_compile_template"), pattern, repl);
        if (!(t instanceof TemplateObject tt)) {
            throw PyErr.typeError("expected SRE_Template, got %T", t);
        }
        return tt;
    }

    /** The only piece when the template has no group references, else null. */
    Object literalOnly() {
        return groups.length == 0 ? (literals[0] == null ? null : literals[0]) : null;
    }

    boolean hasGroups() {
        return groups.length > 0;
    }

    /** The replacement text for a match. */
    Object expand(MatchObject m) {
        SreBuilder out = new SreBuilder(m.subject.isStr);
        appendExpansion(out, m.subject, m.spans, m.pattern.groups());
        return out.result();
    }

    /** Appends the expansion for the group spans of a match. */
    void appendExpansion(SreBuilder out, SreSubject subject, int[] spans, int ngroups) {
        int piece = 0;
        for (int i = 0; i < literals.length; i++) {
            if (literals[i] != null) {
                out.appendPiece(literals[i], piece++);
            }
            if (i < groups.length) {
                int g = groups[i];
                if (g > ngroups) {
                    throw PyErr.indexError("no such group");
                }
                int a = spans[2 * g], b = spans[2 * g + 1];
                if (a >= 0 && b >= 0) {
                    subject.appendTo(out, a, b);
                    piece++;
                }
            }
        }
    }
}
