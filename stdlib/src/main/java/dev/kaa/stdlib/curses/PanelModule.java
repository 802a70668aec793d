package dev.kaa.stdlib.curses;

import static dev.kaa.stdlib.curses.Ncurses.panelP;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;

/**
 * {@code _curses_panel}: stacked windows over the system's panel library ({@code libpanelw}),
 * as CPython's module wraps it. Absent (ImportError) without the library.
 *
 * <p>Thread safety: the library's stack is the process's; used under the GIL.
 */
public final class PanelModule implements ExtensionModule {
    private static PythonType error;

    @Override public String name() {
        return "_curses_panel";
    }

    @Override public void initialize(ModuleDefinition m) {
        if (Ncurses.LIB == null || Ncurses.PANEL == null) {
            throw Py.error(Py.builtinType("ImportError"), Ncurses.LIB == null ? Ncurses.ABSENT : Ncurses.PANEL_ABSENT);
        }
        Py.importModule("_curses");
        error = m.addException("error", Py.builtinType("Exception"), null);
        PythonType panel = m.addFinalType("panel", CursesPanel.class, MethodHandles.lookup(), null);
        CursesPanel.setType(panel);
        m.addFunctions(PanelModule.class, MethodHandles.lookup());
        m.add("version", "2.1");
        m.add("__version__", "2.1");
    }

    static PythonException error(String message) {
        return Py.error(error, message);
    }

    @PyMethod(doc = "new_panel($module, win, /)\n--\n\nA panel over win, on top of the stack.")
    static Object new_panel(Object win) {
        if (!(win instanceof CursesWindow w)) {
            throw Py.typeError("new_panel() argument must be _curses.window, not " + Py.typeOf(win).name());
        }
        return CursesPanel.create(w);
    }

    @PyMethod(doc = "bottom_panel($module, /)\n--\n\nThe bottom panel of the stack, or None.")
    static Object bottom_panel() {
        CursesModule.requireInitscr();
        return CursesPanel.find(panelP("panel_above", MemorySegment.NULL));
    }

    @PyMethod(doc = "top_panel($module, /)\n--\n\nThe top panel of the stack, or None.")
    static Object top_panel() {
        CursesModule.requireInitscr();
        return CursesPanel.find(panelP("panel_below", MemorySegment.NULL));
    }

    @PyMethod(doc = "update_panels($module, /)\n--\n\nUpdates the virtual screen from the stack; doupdate() shows it.")
    static void update_panels() {
        CursesModule.requireInitscr();
        Ncurses.panelV("update_panels");
    }
}
