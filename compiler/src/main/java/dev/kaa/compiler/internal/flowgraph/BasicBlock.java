package dev.kaa.compiler.internal.flowgraph;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: a straight run of instructions entered only at the top. Blocks are chained in
 * layout order by {@link #next()}; a block whose last instruction does not end the flow falls
 * through to its next block.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
public final class BasicBlock {
    final int id;
    final List<CfgInstr> instrs = new ArrayList<>();
    BasicBlock next;
    /** Stack depth on entry, -1 until the stack-depth pass reaches the block. */
    int startDepth = -1;
    /** Offset in code units, set by the assembler's layout. */
    int offset;
    /** Scratch mark for graph walks. */
    boolean visited;

    BasicBlock(int id) {
        this.id = id;
    }

    /** The instructions, in order (mutable: passes edit them in place). */
    public List<CfgInstr> instructions() { return instrs; }
    /** The following block in layout order, or {@code null} for the last one. */
    public BasicBlock next() { return next; }
    public int startDepth() { return startDepth; }
    public int offset() { return offset; }
    public void setOffset(int offset) { this.offset = offset; }
    public int id() { return id; }

    /** The last instruction, or {@code null} if the block is empty. */
    public CfgInstr last() {
        return instrs.isEmpty() ? null : instrs.getLast();
    }

    /** Whether control can run off the end of this block into {@link #next()}. */
    public boolean fallsThrough() {
        CfgInstr last = last();
        return last == null || !last.endsFlow();
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("B").append(id).append(" (depth ").append(startDepth).append(")\n");
        for (CfgInstr i : instrs) {
            sb.append("  ").append(i).append(i.handler != null ? "  [" + i.handler + "]" : "").append('\n');
        }
        return sb.toString();
    }
}
