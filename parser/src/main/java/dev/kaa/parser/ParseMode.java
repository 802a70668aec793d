package dev.kaa.parser;

/** What a source text is, as the {@code mode} argument of {@code compile()} says. */
public enum ParseMode {
    /** A module: {@code ast.Module}. */
    EXEC("exec"),
    /** One expression: {@code ast.Expression}. */
    EVAL("eval"),
    /** One interactive statement: {@code ast.Interactive}. */
    SINGLE("single"),
    /** A function type comment: {@code ast.FunctionType}. */
    FUNC_TYPE("func_type");

    private final String pythonName;

    ParseMode(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The mode as Python spells it. */
    public String pythonName() {
        return pythonName;
    }

    /** The mode Python spells {@code name}, or {@code null}. */
    public static ParseMode of(String name) {
        for (ParseMode m : values()) {
            if (m.pythonName.equals(name)) {
                return m;
            }
        }
        return null;
    }
}
