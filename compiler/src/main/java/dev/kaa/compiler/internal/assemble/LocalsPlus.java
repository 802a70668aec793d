package dev.kaa.compiler.internal.assemble;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.compiler.internal.flowgraph.CodeUnitInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 3.13 "locals plus" layout of a frame: the locals ({@code co_varnames}, parameters first),
 * then the cells that are not also locals, then the free variables. A cell that is a parameter
 * or local shares that slot ({@code MAKE_CELL} wraps the value in place). Kinds are what 3.13
 * writes: {@code CO_FAST_LOCAL} for every local (arguments too: 3.13 sets no argument bit),
 * plus {@code CO_FAST_CELL} for a local captured by an inner scope, {@code CO_FAST_CELL} alone
 * for other cells, {@code CO_FAST_FREE} for free variables, and {@code CO_FAST_HIDDEN} for
 * the locals of inlined comprehensions in module and class bodies.
 *
 * <p>Thread safety: immutable.
 */
final class LocalsPlus {
    /** {@code localspluskinds} bit of 3.13 for hidden (inlined comprehension) locals. */

    private final List<String> names;
    private final byte[] kinds;
    private final int[] cellSlots;
    private final int freeBase;
    private final int nfree;

    private LocalsPlus(List<String> names, byte[] kinds, int[] cellSlots, int freeBase, int nfree) {
        this.names = names;
        this.kinds = kinds;
        this.cellSlots = cellSlots;
        this.freeBase = freeBase;
        this.nfree = nfree;
    }

    static LocalsPlus of(CodeUnitInfo info) {
        List<String> names = new ArrayList<>(info.varnames());
        List<Integer> kinds = new ArrayList<>();
        Map<String, Integer> localSlot = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            localSlot.putIfAbsent(names.get(k), k);
            kinds.add(CodeObject.CO_FAST_LOCAL | hidden(info, names.get(k)));
        }
        int[] cellSlots = new int[info.cellvars().size()];
        for (int c = 0; c < cellSlots.length; c++) {
            String name = info.cellvars().get(c);
            Integer slot = localSlot.get(name);
            if (slot != null) {
                kinds.set(slot, kinds.get(slot) | CodeObject.CO_FAST_CELL);
            } else {
                slot = names.size();
                names.add(name);
                kinds.add(CodeObject.CO_FAST_CELL | hidden(info, name));
            }
            cellSlots[c] = slot;
        }
        int freeBase = names.size();
        for (String name : info.freevars()) {
            names.add(name);
            kinds.add(CodeObject.CO_FAST_FREE);
        }
        byte[] kindBytes = new byte[kinds.size()];
        for (int k = 0; k < kindBytes.length; k++) {
            kindBytes[k] = (byte) (int) kinds.get(k);
        }
        return new LocalsPlus(List.copyOf(names), kindBytes, cellSlots, freeBase, info.freevars().size());
    }

    private static int hidden(CodeUnitInfo info, String name) {
        return info.hiddenLocals().contains(name) ? CodeObject.CO_FAST_HIDDEN : 0;
    }

    /**
     * The slot of cell-or-free index {@code index} as the code generator numbers them
     * ({@code cellvars ++ freevars}), or -1 if out of range.
     */
    int slotOfCellOrFree(int index) {
        if (index < 0) {
            return -1;
        }
        if (index < cellSlots.length) {
            return cellSlots[index];
        }
        int free = index - cellSlots.length;
        return free < nfree ? freeBase + free : -1;
    }

    /** The slots that need {@code MAKE_CELL} on entry, ascending. */
    int[] cellSlotsAscending() {
        return Arrays.stream(cellSlots).sorted().toArray();
    }

    int freeCount() {
        return nfree;
    }

    List<String> names() {
        return names;
    }

    byte[] kinds() {
        return kinds.clone();
    }
}
