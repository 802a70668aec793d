package dev.kaa.vm.objects;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Formats an uncaught exception as CPython 3.13's default {@code sys.excepthook} does
 * ({@code traceback.print_exception} without colours): the traceback of each exception of the
 * chain with the "direct cause"/"during handling" separators, source lines with location
 * markers, the {@code Type: message} line with "Did you mean" suggestions, notes, the special
 * display of {@code SyntaxError}, and the boxes of exception groups.
 *
 * <pre>{@code
 * String text = new TracebackPrinter(source).format(exc);   // then write it to sys.stderr
 * }</pre>
 *
 * <p>Thread safety: confined (one per interpreter, used under the GIL).
 */
public final class TracebackPrinter {
    private static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n\n";
    /** {@code TracebackException}'s defaults. */
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    private final TracebackSource source;
    private Integer limit;
    private Function<String, Object> importer;
    private boolean colorize;

    public TracebackPrinter(TracebackSource source) {
        this.source = source;
    }

    /** A printer with a source cache of its own. */
    public TracebackPrinter() {
        this(new TracebackSource());
    }

    /** {@code sys.tracebacklimit}: keep at most the last {@code limit} frames (null: all). */
    public TracebackPrinter limit(Integer limit) {
        this.limit = limit;
        return this;
    }

    /**
     * How to find a module for {@code ImportError} suggestions ({@code from m import x}):
     * {@code name -> module} or null when it cannot be imported. Without it there are none.
     */
    public TracebackPrinter importer(Function<String, Object> importer) {
        this.importer = importer;
        return this;
    }

    /**
     * Colours the output as 3.13 does on a terminal (the caller decides, as
     * {@code _colorize.can_colorize()} does from {@code PYTHON_COLORS}, {@code NO_COLOR},
     * {@code FORCE_COLOR}, {@code TERM} and whether stderr is a tty).
     */
    public TracebackPrinter colorize(boolean colorize) {
        this.colorize = colorize;
        return this;
    }

    /**
     * {@code _colorize.can_colorize()} on POSIX: {@code PYTHON_COLORS=0/1} decides, then
     * {@code NO_COLOR} forbids, {@code FORCE_COLOR} forces, {@code TERM=dumb} forbids, else colour
     * when stderr is a terminal. With {@code -E}/{@code -I} the environment is not read.
     */
    public static boolean canColorize(java.util.Map<String, String> env, boolean ignoreEnvironment, boolean stderrIsTty) {
        if (!ignoreEnvironment) {
            String pc = env.get("PYTHON_COLORS");
            if ("0".equals(pc)) {
                return false;
            }
            if ("1".equals(pc)) {
                return true;
            }
            if (env.containsKey("NO_COLOR")) {
                return false;
            }
            if (env.containsKey("FORCE_COLOR")) {
                return true;
            }
            if ("dumb".equals(env.get("TERM"))) {
                return false;
            }
        }
        return stderrIsTty;
    }

    /** The text {@code sys.excepthook} writes for {@code exc}. */
    public String format(PyBaseException exc) {
        Node top = build(exc);
        StringBuilder out = new StringBuilder();
        new Emitter(out).format(top, true, colorize);
        return out.toString();
    }

    /** The last line(s) only: {@code traceback.format_exception_only(exc)}, notes included. */
    public String formatExceptionOnly(PyBaseException exc) {
        Node n = new Node(exc, null);
        StringBuilder out = new StringBuilder();
        n.exceptionOnly(out, colorize);
        return out.toString();
    }

    // ---- the tree of exceptions to show (CPython's TracebackException) -------------------------

    /** One exception to show, with the parts of it that are shown. */
    private final class Node {
        final PyBaseException exc;
        final TracebackStack stack;
        final String typeName;
        String text;
        Object notes;
        String notesError;
        final boolean suppressContext;
        Node cause, context;
        List<Node> members;

        Node(PyBaseException exc, Set<PyBaseException> seen) {
            this.exc = exc;
            if (seen != null) {
                seen.add(exc);
            }
            PyTraceback tb = exc.traceback() instanceof PyTraceback t ? t : null;
            stack = TracebackStack.of(tb, limit, source);
            typeName = typeName(exc.type());
            text = safeStr(exc, "exception");
            try {
                notes = Abstract.lookupAttr(exc, PyStr.intern("__notes__"));
            } catch (PyException e) {
                notesError = "Ignored error getting __notes__: " + safeRepr(e.value(), "__notes__");
            }
            addSuggestion(tb);
            suppressContext = exc.suppressContext();
        }

        private void addSuggestion(PyTraceback tb) {
            if (exc instanceof ExcSyntaxError) {
                return;
            }
            try {
                if (exc instanceof ExcImportError i && i.nameFrom != null && i.nameFrom != PyNone.NONE) {
                    String s = TracebackSuggestions.compute(exc, tb, i.nameFrom, importer);
                    if (s != null) {
                        text += ". Did you mean: '" + s + "'?";
                    }
                    return;
                }
                Object name = exc instanceof ExcNameError n ? n.name : exc instanceof ExcAttributeError a ? a.name : null;
                if (name == null || name == PyNone.NONE) {
                    return;
                }
                String s = TracebackSuggestions.compute(exc, tb, name, importer);
                if (s != null) {
                    text += ". Did you mean: '" + s + "'?";
                }
                if (exc instanceof ExcNameError && name instanceof PyStr n
                        && TracebackSuggestions.isStdlibModule(n.toString())) {
                    text += (s != null ? " Or did" : ". Did") + " you forget to import '" + n + "'?";
                }
            } catch (PyException e) {
                // A failing __dir__ or namespace means no suggestion, as in CPython.
            }
        }

        /** {@code format_exception_only}: the message line (or SyntaxError block) and the notes. */
        void exceptionOnly(StringBuilder out, boolean colorize) {
            if (exc instanceof ExcSyntaxError s) {
                TracebackSyntaxError.format(s, typeName, out, colorize);
            } else if (colorize) {
                out.append(TracebackColors.BOLD_MAGENTA).append(typeName).append(TracebackColors.RESET);
                if (!text.isEmpty()) {
                    out.append(": ").append(TracebackColors.MAGENTA).append(text).append(TracebackColors.RESET);
                }
                out.append('\n');
            } else {
                out.append(typeName);
                if (!text.isEmpty()) {
                    out.append(": ").append(text);
                }
                out.append('\n');
            }
            if (notesError != null) {
                out.append(notesError).append('\n');
            } else if (notes != null && isNoteSequence(notes)) {
                List<Object> items = new ArrayList<>();
                try {
                    Abstract.forEach(notes, items::add);
                } catch (PyException e) {
                    items = List.of();
                }
                for (Object note : items) {
                    for (String line : safeStr(note, "note").split("\n", -1)) {
                        out.append(line).append('\n');
                    }
                }
            } else if (notes != null && notes != PyNone.NONE) {
                out.append(safeRepr(notes, "__notes__")).append('\n');
            }
        }
    }

    /**
     * {@code isinstance(notes, collections.abc.Sequence)} and not a str or bytes: lists, tuples
     * and their subclasses (Kaa has no ABC registry at this level).
     */
    private static boolean isNoteSequence(Object notes) {
        return notes instanceof PyList || notes instanceof PyTuple;
    }

    /**
     * The tree of exceptions: causes, contexts and group members, each exception once (an
     * exception seen already is not shown again), built breadth-wise as CPython does so that
     * the same exceptions are left out.
     */
    private Node build(PyBaseException exc) {
        Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Node top = new Node(exc, seen);
        Deque<Node> queue = new ArrayDeque<>();
        queue.push(top);
        while (!queue.isEmpty()) {
            Node te = queue.pop();
            PyBaseException e = te.exc;
            Node cause = e.cause() != null && !seen.contains(e.cause()) ? new Node(e.cause(), seen) : null;
            // compact=True: the context is needed only when there is no cause to show and it is not suppressed.
            boolean needContext = cause == null && !e.suppressContext();
            Node context = e.context() != null && needContext && !seen.contains(e.context())
                    ? new Node(e.context(), seen) : null;
            List<Node> members = null;
            if (e instanceof ExcBaseExceptionGroup g) {
                members = new ArrayList<>();
                for (Object m : g.exceptions().items()) {
                    members.add(new Node((PyBaseException) m, seen));
                }
            }
            te.cause = cause;
            te.context = context;
            te.members = members;
            if (cause != null) {
                queue.push(cause);
            }
            if (context != null) {
                queue.push(context);
            }
            if (members != null) {
                for (Node m : members) {
                    queue.push(m);
                }
            }
        }
        return top;
    }

    // ---- output (CPython's TracebackException.format with _ExceptionPrintContext) -------------

    private static final class Emitter {
        private final StringBuilder out;
        private int depth;
        private boolean needClose;

        Emitter(StringBuilder out) {
            this.out = out;
        }

        private String indent() {
            return " ".repeat(2 * depth);
        }

        private void emit(String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            out.append(TracebackText.indentAll(text, prefix));
        }

        private void emit(String text) {
            emit(text, '|');
        }

        void format(Node top, boolean chain, boolean colorize) {
            List<String> messages = new ArrayList<>();
            List<Node> chainNodes = new ArrayList<>();
            Node exc = top;
            while (exc != null) {
                String msg = null;
                Node next = null;
                if (chain && exc.cause != null) {
                    msg = CAUSE_MESSAGE;
                    next = exc.cause;
                } else if (chain && exc.context != null && !exc.suppressContext) {
                    msg = CONTEXT_MESSAGE;
                    next = exc.context;
                }
                messages.add(msg);
                chainNodes.add(exc);
                exc = next;
            }
            for (int i = chainNodes.size() - 1; i >= 0; i--) {
                if (messages.get(i) != null) {
                    emit(messages.get(i));
                }
                one(chainNodes.get(i), colorize);
            }
        }

        private void one(Node exc, boolean colorize) {
            if (exc.members == null) {
                if (!exc.stack.isEmpty()) {
                    emit("Traceback (most recent call last):\n");
                    emit(exc.stack.format(colorize));
                }
                StringBuilder only = new StringBuilder();
                exc.exceptionOnly(only, colorize);
                emit(only.toString());
                return;
            }
            if (depth > MAX_GROUP_DEPTH) {
                emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
                return;
            }
            boolean toplevel = depth == 0;
            if (toplevel) {
                depth++;
            }
            if (!exc.stack.isEmpty()) {
                emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
                emit(exc.stack.format(colorize));
            }
            StringBuilder only = new StringBuilder();
            exc.exceptionOnly(only, colorize);
            emit(only.toString());
            int count = exc.members.size();
            int n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) {
                    // The closing line may be written by a nested group instead.
                    needClose = true;
                }
                boolean truncated = i >= MAX_GROUP_WIDTH;
                String title = truncated ? "..." : String.valueOf(i + 1);
                out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                        .append(" ----------------\n");
                depth++;
                if (!truncated) {
                    // CPython formats the members without colour (it does not pass colorize on).
                    format(exc.members.get(i), true, false);
                } else {
                    int remaining = count - MAX_GROUP_WIDTH;
                    emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && needClose) {
                    out.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                depth--;
            }
            if (toplevel) {
                depth = 0;
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** {@code exc_type_str}: the qualified name, after the module unless it is __main__ or builtins. */
    static String typeName(PyType t) {
        String qualname = t.qualname();
        Object module;
        try {
            module = Abstract.lookupAttr(t, PyStr.intern("__module__"));
        } catch (PyException e) {
            module = null;
        }
        if (module instanceof PyStr m) {
            String s = m.toString();
            return s.equals("__main__") || s.equals("builtins") ? qualname : s + "." + qualname;
        }
        return "<unknown>." + qualname;
    }

    /** {@code traceback._safe_string(value, what)}. */
    static String safeStr(Object value, String what) {
        try {
            return Abstract.str(value).toString();
        } catch (RuntimeException | StackOverflowError e) {
            return "<" + what + " str() failed>";
        }
    }

    static String safeRepr(Object value, String what) {
        try {
            return Abstract.repr(value).toString();
        } catch (RuntimeException | StackOverflowError e) {
            return "<" + what + " repr() failed>";
        }
    }
}
