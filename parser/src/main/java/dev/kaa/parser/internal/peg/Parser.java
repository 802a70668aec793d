package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.parser.ast.TypeIgnore;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * One parse of one source: the start rules of the four modes ({@code file}, {@code eval},
 * {@code interactive}, {@code func_type}). Returns null when the source does not match.
 *
 * <p>Thread safety: confined to the thread that parses.
 */
final class Parser extends CompoundStatementRules {

    Parser(Tokenizer tokenizer, boolean invalidPass, int depthLimit) {
        super(tokenizer, invalidPass, depthLimit);
    }

    Mod parse(ParseMode mode) {
        execInput = mode == ParseMode.EXEC;
        return switch (mode) {
            case EXEC -> file();
            case EVAL -> eval();
            case SINGLE -> interactive();
            case FUNC_TYPE -> funcType();
        };
    }

    /** {@code file: [statements] ENDMARKER}. */
    private Mod file() {
        List<Stmt> body = statements();
        if (expectType(TokenType.ENDMARKER) == null) {
            return null;
        }
        List<TypeIgnore> ignores = new ArrayList<>();
        for (Tokenizer.TypeIgnore ti : tokenizer.typeIgnores()) {
            ignores.add(new TypeIgnore(ti.lineno(), ti.tag()));
        }
        return new Mod.Module(body == null ? new ArrayList<>() : body, ignores);
    }

    /** {@code eval: expressions NEWLINE* ENDMARKER}. */
    private Mod eval() {
        Expr body = expressions();
        if (body == null) {
            return null;
        }
        while (expectType(TokenType.NEWLINE) != null) {
            // trailing newlines are allowed
        }
        return expectType(TokenType.ENDMARKER) == null ? null : new Mod.Expression(body);
    }

    /** {@code interactive: statement_newline}. */
    private Mod interactive() {
        List<Stmt> body = new ArrayList<>();
        if (atType(TokenType.ENDMARKER)) {
            // CPython's interactive_exit: nothing at all to run is an error in this mode
            Token t = peek();
            int line = Math.max(0, t.lineno() - 1);
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "invalid syntax", tokenizer.filename(), line, 0,
                    line == 0 ? "" : tokenizer.line(line), line, 0);
        }
        if (expectType(TokenType.NEWLINE) != null) {
            return new Mod.Interactive(body);
        }
        Stmt s = compoundStmt();
        if (s != null) {
            if (expectType(TokenType.NEWLINE) == null && !atType(TokenType.ENDMARKER)) {
                return null;
            }
            // A compound statement must end with a NEWLINE of its own. Source that ends without a
            // newline gets one from the tokenizer (text ""); when a one-line block took that one,
            // none is left: CPython rejects "for x in y: pass" in this mode, but not with "\n".
            Token last = token(pos - 1);
            if (last.type() == TokenType.NEWLINE && last.text().isEmpty() && atType(TokenType.ENDMARKER)) {
                return null;
            }
            body.add(s);
        } else if (!simpleStmts(body)) {
            return null;
        }
        while (expectType(TokenType.NEWLINE) != null) {
            // blank lines after the statement
        }
        if (!atType(TokenType.ENDMARKER)) {
            Token last = token(pos - 1);
            throw errorAt(last, "multiple statements found while compiling a single statement");
        }
        return new Mod.Interactive(body);
    }

    /** {@code func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER}. */
    private Mod funcType() {
        if (op("(") == null) {
            return null;
        }
        List<Expr> argtypes = new ArrayList<>();
        while (!atOp(")")) {
            if (op("*") == null) {
                op("**");
            }
            Expr e = expression();
            if (e == null) {
                return null;
            }
            argtypes.add(e);
            if (op(",") == null) {
                break;
            }
        }
        if (op(")") == null || op("->") == null) {
            return null;
        }
        Expr returns = expression();
        if (returns == null) {
            return null;
        }
        while (expectType(TokenType.NEWLINE) != null) {
            // trailing newlines are allowed
        }
        return expectType(TokenType.ENDMARKER) == null ? null : new Mod.FunctionType(argtypes, returns);
    }

    /** The last token fetched: where a parse that failed without a specific message points. */
    Token farthestToken() {
        return token(fetched() - 1);
    }
}
