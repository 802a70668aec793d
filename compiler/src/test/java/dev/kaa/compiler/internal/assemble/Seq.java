package dev.kaa.compiler.internal.assemble;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.CodeUnitInfo;
import dev.kaa.compiler.internal.flowgraph.InstructionSequence;
import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.flowgraph.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helper: builds an instruction sequence fluently, by label name, one line per instruction. Thread safety: confined. */
final class Seq {
    final InstructionSequence seq = new InstructionSequence();
    private final Map<String, Label> labels = new HashMap<>();
    private int line = 1;
    private Location next;

    Label label(String name) {
        return labels.computeIfAbsent(name, n -> seq.newLabel());
    }

    Seq bind(String name) {
        seq.bind(label(name));
        return this;
    }

    /** Gives the next instruction this location instead of a fresh line. */
    Seq at(Location loc) {
        next = loc;
        return this;
    }

    private Location loc() {
        Location l = next != null ? next : Location.line(line++);
        next = null;
        return l;
    }

    Seq op(Opcode op) {
        return op(op, 0);
    }

    Seq op(Opcode op, int arg) {
        // Like CPython's code generator, block pops carry no location of their own.
        seq.add(op, arg, op == Opcode.POP_BLOCK && next == null ? Location.NONE : loc());
        return this;
    }

    Seq jump(Opcode op, String target) {
        seq.addJump(op, label(target), op.has(Opcode.HAS_EXC) && next == null ? Location.NONE : loc());
        return this;
    }

    static CodeUnitInfo module(int nconsts, int nnames) {
        return unit(0, 0, nconsts, nnames, List.of(), List.of(), List.of());
    }

    static CodeUnitInfo unit(int argcount, int flags, int nconsts, int nnames, List<String> varnames,
            List<String> cellvars, List<String> freevars) {
        List<Object> consts = new ArrayList<>();
        for (int k = 0; k < nconsts; k++) {
            consts.add(k == 0 ? dev.kaa.bytecode.Constant.NONE : (Object) (long) k);
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < nnames; k++) {
            names.add("n" + k);
        }
        return new CodeUnitInfo("f", "test.f", "test.py", 1, argcount, 0, 0, flags, consts, names, varnames,
                cellvars, freevars);
    }

    CodeObject assemble(CodeUnitInfo info) {
        return Assembler.assemble(seq, info);
    }

    /** The unit with these constants instead. */
    static CodeUnitInfo withConsts(CodeUnitInfo info, Object... consts) {
        return new CodeUnitInfo(info.name(), info.qualname(), info.filename(), info.firstlineno(), info.argcount(),
                info.posonlyargcount(), info.kwonlyargcount(), info.flags(), List.of(consts), info.names(),
                info.varnames(), info.cellvars(), info.freevars());
    }


    static final int FUNCTION = CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
}
