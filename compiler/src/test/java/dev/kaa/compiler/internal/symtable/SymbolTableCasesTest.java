package dev.kaa.compiler.internal.symtable;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Symbol tables of tricky snippets (inlined comprehensions with cells and walruses, class
 * scopes, {@code super}/{@code __class__}, PEP 695 scopes in classes, mangling, future
 * annotations) against CPython 3.13's {@code symtable} module, recorded with their ASTs in
 * {@code symtable_cases.jsonl} by {@code make_symtable_cases.py}, and the cells, free variables
 * and parameters of the code objects CPython compiles from them.
 *
 * <p>Thread safety: test class, confined.
 */
class SymbolTableCasesTest {

    @TestFactory
    Stream<DynamicTest> tablesMatchCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("symtable_cases.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> rec = (Map<String, Object>) Json.parse(line);
                rec.put("file", "<case>");
                String name = ((String) rec.get("source")).strip().replace('\n', '|');
                tests.add(dynamicTest(name, () -> {
                    assertNull(SymbolTableLibTest.compare(rec));
                    assertNull(compareCode(rec));
                }));
            }
        }
        return tests.stream();
    }

    /**
     * Null if each code object CPython compiled (in {@code rec.code}) has a block of the same
     * name and first line whose cells and free variables are the same sets and whose varnames
     * start its {@code co_varnames}.
     */
    static String compareCode(Map<String, Object> rec) {
        if (rec.get("code") == null) {
            return null; // CPython's compiler rejects the snippet
        }
        dev.kaa.parser.ast.Mod mod = (dev.kaa.parser.ast.Mod) CPythonAst.module(rec.get("ast"));
        SymbolTable table = SymbolTable.build(mod, "<case>", SymbolTableLibTest.futureFlags(mod));
        List<Scope> scopes = new ArrayList<>();
        collect(table.top(), scopes);
        for (Object o : (List<?>) rec.get("code")) {
            List<?> code = (List<?>) o;
            String name = (String) code.get(0);
            int line = ((Number) code.get(1)).intValue();
            String mismatch = "no block for code " + name + " line " + line;
            for (Scope s : scopes) {
                if (!codeName(s).equals(name) || firstLine(s) != line) {
                    continue;
                }
                String diff = compareCode(s, code);
                if (diff == null) {
                    mismatch = null;
                    break;
                }
                mismatch = diff;
            }
            if (mismatch != null) {
                return mismatch;
            }
        }
        return null;
    }

    private static String compareCode(Scope s, List<?> code) {
        List<String> cells = new ArrayList<>(s.cellvars());
        if (s.needsClassClosure()) {
            cells.add("__class__");
        }
        if (s.needsClassDict()) {
            cells.add("__classdict__");
        }
        cells.sort(null);
        List<?> varnames = (List<?>) code.get(4);
        if (cells.equals(code.get(2)) && s.freevars().equals(code.get(3))
                && varnames.size() >= s.varnames().size()
                && varnames.subList(0, s.varnames().size()).equals(s.varnames())) {
            return null;
        }
        return code.get(0) + " line " + code.get(1) + ": expected cells " + code.get(2) + " free " + code.get(3)
                + " varnames " + varnames + ", got cells " + cells + " free " + s.freevars() + " varnames "
                + s.varnames();
    }

    private static void collect(Scope s, List<Scope> out) {
        out.add(s);
        for (Scope c : s.children()) {
            collect(c, out);
        }
    }

    /** CPython's {@code co_firstlineno}: a decorated definition starts at its first decorator. */
    private static int firstLine(Scope s) {
        if (s.kind() == ScopeKind.MODULE) {
            return 1;
        }
        List<dev.kaa.parser.ast.Expr> decorators = switch (s.node()) {
            case dev.kaa.parser.ast.Stmt.FunctionDef f -> f.decorator_list();
            case dev.kaa.parser.ast.Stmt.AsyncFunctionDef f -> f.decorator_list();
            case dev.kaa.parser.ast.Stmt.ClassDef c -> c.decorator_list();
            case null, default -> List.of();
        };
        return decorators.isEmpty() ? s.lineno() : decorators.getFirst().pos().lineno();
    }

    /** The {@code co_name} CPython gives the code object of a block. */
    private static String codeName(Scope s) {
        return switch (s.kind()) {
            case MODULE -> "<module>";
            case TYPE_PARAMETERS -> "<generic parameters of " + s.name() + ">";
            case FUNCTION -> switch (s.node()) {
                case dev.kaa.parser.ast.Expr.Lambda l -> "<lambda>";
                case dev.kaa.parser.ast.Expr.GeneratorExp g -> "<genexpr>";
                case dev.kaa.parser.ast.Expr.ListComp c -> "<listcomp>";
                case dev.kaa.parser.ast.Expr.SetComp c -> "<setcomp>";
                case dev.kaa.parser.ast.Expr.DictComp c -> "<dictcomp>";
                default -> s.name();
            };
            default -> s.name();
        };
    }
}
