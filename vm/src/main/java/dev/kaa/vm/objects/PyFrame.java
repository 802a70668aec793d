package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * An executing (or suspended) Python frame. One array holds the fast locals, cells and free
 * variables ({@code localsplus}, CPython's layout) followed by the value stack, so a call
 * allocates one array; {@link #sp} indexes the next free stack slot.
 *
 * <p>Thread safety: confined to the thread running it (a suspended generator's frame moves
 * with the generator, under the GIL).
 */
public final class PyFrame extends PyObject implements TracebackFrame {
    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, MethodHandles.lookup(), 0);

    /** Not started; running; suspended at a yield; finished. */
    public static final int CREATED = 0, EXECUTING = 1, SUSPENDED = 2, COMPLETED = 3;

    public final PyCode code;
    public final PyDict globals;
    public final Object builtins;
    /** The locals mapping of module and class bodies ({@code LOAD_NAME}); null in functions. */
    public Object locals;
    /** The function being run, for its closure; null for module and class code. */
    public final PyFunction func;
    public final Object[] localsplus;
    public int sp;
    /** Index of the next code unit to run. */
    public int pc;
    /** Index of the instruction running or last run ({@code f_lasti / 2}). */
    public int lasti = -1;
    public PyFrame back;
    public int state = CREATED;
    /** The generator, coroutine or async generator owning this frame, or null. */
    public PyObject generator;
    /**
     * Set when tracing starts while this frame runs: compiled code running it hands it to the
     * interpreter after its next call, so that it reports events.
     */
    public boolean leaveCompiled;
    /** The instruction this frame ran last while traced: where a line event comes from. */
    public int tracePrev = -1;
    /** The local trace function ({@code f_trace}), or null. */
    public Object trace;
    /** {@code f_trace_lines}, {@code f_trace_opcodes}: which events {@link #trace} receives. */
    public boolean traceLines = true, traceOpcodes;
    /** Names set through {@code f_locals} that are not variables of the code (PEP 667). */
    private PyDict extraLocals;

    public PyFrame(PyCode code, PyDict globals, Object builtins, Object locals, PyFunction func) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.func = func;
        int n = code.nlocalsplus();
        this.localsplus = new Object[n + code.stacksize + 1];
        this.sp = n;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @Override public String filename() {
        return code.filename.value;
    }

    @Override public String name() {
        return code.name.value;
    }

    @Override public int[] positions(int lastiBytes) {
        return code.positions(lastiBytes / 2);
    }

    @Override public Object suggestionNamespace(Namespace which) {
        return switch (which) {
            case LOCALS -> localsMapping();
            case GLOBALS -> globals;
            case BUILTINS -> builtins;
        };
    }

    /** The current line ({@code f_lineno}). */
    public int lineno() {
        int at = Math.max(lasti, 0);
        return code.lineAt(at);
    }

    /**
     * The frame's locals as a dict ({@code locals()}, {@code f_locals}): for a function, a
     * snapshot of its fast locals and cells, for module and class code the namespace itself.
     */
    public Object localsMapping() {
        return locals != null && !hiddenLocalsBound() ? locals : new FrameLocalsProxy(this).snapshot();
    }

    /**
     * Whether module or class code is running an inlined comprehension (its variables are then
     * bound hidden fast locals): CPython 3.13 then shows the frame's fast locals instead of the
     * namespace.
     */
    private boolean hiddenLocalsBound() {
        byte[] kinds = code.localsplusKinds;
        for (int i = 0; i < kinds.length; i++) {
            if ((kinds[i] & dev.kaa.bytecode.CodeObject.CO_FAST_HIDDEN) != 0 && localsplus[i] != null) {
                return true;
            }
        }
        return false;
    }

    @PyGetter
    Object f_back() {
        return back == null ? PyNone.NONE : back;
    }

    @PyGetter
    Object f_code() {
        return code;
    }

    @PyGetter
    Object f_globals() {
        return globals;
    }

    @PyGetter
    Object f_builtins() {
        return builtins;
    }

    @PyGetter
    Object f_locals() {
        return locals != null && !hiddenLocalsBound() ? locals : new FrameLocalsProxy(this);
    }

    PyDict extraLocals() {
        if (extraLocals == null) {
            extraLocals = new PyDict();
        }
        return extraLocals;
    }

    PyDict extraLocalsOrNull() {
        return extraLocals;
    }

    @PyGetter
    Object f_lineno() {
        int line = lineno();
        return line < 0 ? PyNone.NONE : PyInt.of(line);
    }

    /** Jumps, from a trace function (CPython's checks and messages). */
    @PySetter("f_lineno")
    void setFLineno(Object value) {
        dev.kaa.vm.internal.eval.FrameJump.setLineno(this, value);
    }

    @PyGetter
    Object f_lasti() {
        return PyInt.of(Math.max(lasti, 0) * 2);
    }

    @PyGetter
    Object f_trace() {
        return trace == null ? PyNone.NONE : trace;
    }

    @PySetter("f_trace")
    void setFTrace(Object value) {
        trace = value == null || value == PyNone.NONE ? null : value;
    }

    @PyGetter
    Object f_trace_lines() {
        return PyBool.of(traceLines);
    }

    @PyGetter
    Object f_trace_opcodes() {
        return PyBool.of(traceOpcodes);
    }

    @PySetter("f_trace_lines")
    void setFTraceLines(Object value) {
        traceLines = traceFlag(value);
    }

    /** Set on a frame with a local trace function, its code reports each instruction from now on. */
    @PySetter("f_trace_opcodes")
    void setFTraceOpcodes(Object value) {
        traceOpcodes = traceFlag(value);
        if (traceOpcodes && trace != null) {
            dev.kaa.vm.internal.eval.Tracing.traceOpcodes(this);
        }
    }

    private static boolean traceFlag(Object value) {
        if (!(value instanceof PyBool b)) {
            throw PyErr.typeError("attribute value type must be bool");
        }
        return b == PyBool.TRUE;
    }

    @PyGetter
    Object f_generator() {
        return generator == null ? PyNone.NONE : generator;
    }

    @PyMethod
    void clear() {
        if (state == EXECUTING) {
            throw PyErr.runtimeError("cannot clear an executing frame");
        }
        if (state == SUSPENDED) {
            throw PyErr.runtimeError("cannot clear a suspended frame");
        }
        java.util.Arrays.fill(localsplus, null);
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<frame at " + Abstract.idHex(this) + ", file '" + code.filename + "', line "
                + lineno() + ", code " + code.name + ">");
    }
}
