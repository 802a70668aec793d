package dev.kaa.stdlib.curses;

import static dev.kaa.stdlib.curses.Ncurses.ERR;
import static dev.kaa.stdlib.curses.Ncurses.panelI;
import static dev.kaa.stdlib.curses.Ncurses.panelP;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.foreign.MemorySegment;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code _curses_panel.panel}: a {@code PANEL*} of the panel library, over the window it shows.
 * The library hands back {@code PANEL*}s (the panel above, the top one …): {@link #LIVE} maps
 * them to their Python objects, weakly, as a panel object that nothing refers to is deleted
 * ({@code del_panel}, from {@code __del__}), leaving the stack.
 *
 * <p>Thread safety: used under the GIL, as ncurses.
 */
public final class CursesPanel extends ExtensionObject {
    private static final Map<Long, WeakReference<CursesPanel>> LIVE = new HashMap<>();
    private static PythonType type;

    private final MemorySegment pan;
    private CursesWindow window;
    private Object userptr;
    /** Makes the JVM's collector run {@code __del__}, which deletes the panel. */
    @SuppressWarnings("unused")
    private final Object delCompanion;

    private CursesPanel(PythonType type, MemorySegment pan, CursesWindow window) {
        super(type);
        this.pan = pan;
        this.window = window;
        this.delCompanion = Py.delCompanion(this);
    }

    static void setType(PythonType t) {
        type = t;
    }

    /** A new panel over {@code window}, on top of the stack. */
    static CursesPanel create(CursesWindow window) {
        MemorySegment pan = panelP("new_panel", window.win);
        if (pan.address() == 0) {
            throw PanelModule.error("curses function returned NULL");
        }
        CursesPanel p = new CursesPanel(type, pan, window);
        synchronized (LIVE) {
            LIVE.put(pan.address(), new WeakReference<>(p));
        }
        return p;
    }

    /** The Python object of a {@code PANEL*} the library returned, or None. */
    static Object find(MemorySegment pan) {
        if (pan.address() == 0) {
            return Py.none();
        }
        WeakReference<CursesPanel> ref;
        synchronized (LIVE) {
            ref = LIVE.get(pan.address());
        }
        CursesPanel p = ref == null ? null : ref.get();
        if (p == null) {
            throw PanelModule.error("panel_above: can't find Panel Object");
        }
        return p;
    }

    private Object check(int rc, String name) {
        if (rc == ERR) {
            throw PanelModule.error(name + "() returned ERR");
        }
        return Py.none();
    }

    /** Only the module's functions make these, as in CPython. */
    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        throw Py.typeError("cannot create '_curses_panel.panel' instances");
    }

    @PyMethod(doc = "above($self, /)\n--\n\nThe panel above this one, or None.")
    Object above() {
        return find(panelP("panel_above", pan));
    }

    @PyMethod(doc = "below($self, /)\n--\n\nThe panel below this one, or None.")
    Object below() {
        return find(panelP("panel_below", pan));
    }

    @PyMethod(doc = "bottom($self, /)\n--\n\nPuts the panel at the bottom of the stack.")
    Object bottom() {
        return check(panelI("bottom_panel", pan), "bottom");
    }

    @PyMethod(doc = "top($self, /)\n--\n\nPuts the panel at the top of the stack.")
    Object top() {
        return check(panelI("top_panel", pan), "top");
    }

    @PyMethod(doc = "hide($self, /)\n--\n\nTakes the panel off the stack, hiding it.")
    Object hide() {
        return check(panelI("hide_panel", pan), "hide");
    }

    @PyMethod(doc = "show($self, /)\n--\n\nPuts a hidden panel back, on top.")
    Object show() {
        return check(panelI("show_panel", pan), "show");
    }

    @PyMethod(doc = "hidden($self, /)\n--\n\nWhether the panel is hidden.")
    boolean hidden() {
        return panelI("panel_hidden", pan) != 0;
    }

    @PyMethod(doc = "move($self, y, x, /)\n--\n\nMoves the panel's window on the screen.")
    Object move(int y, int x) {
        return check(panelI("move_panel", pan, y, x), "move_panel");
    }

    @PyMethod(doc = "replace($self, win, /)\n--\n\nShows another window in the panel.")
    Object replace(CursesWindow win) {
        check(panelI("replace_panel", pan, win.win), "replace_panel");
        window = win;
        return Py.none();
    }

    @PyMethod(doc = "set_userptr($self, obj, /)\n--\n\nKeeps obj with the panel.")
    void set_userptr(Object obj) {
        userptr = obj;
    }

    @PyMethod(doc = "userptr($self, /)\n--\n\nThe object set_userptr() kept.")
    Object userptr() {
        if (userptr == null) {
            throw PanelModule.error("no userptr set");
        }
        return userptr;
    }

    @PyMethod(doc = "window($self, /)\n--\n\nThe panel's window.")
    Object window() {
        return window;
    }

    @PyMethod(doc = "Deletes the panel: it leaves the stack.")
    void __del__() {
        synchronized (LIVE) {
            WeakReference<CursesPanel> ref = LIVE.get(pan.address());
            if (ref != null && (ref.get() == null || ref.get() == this)) {
                LIVE.remove(pan.address());
            }
        }
        panelI("del_panel", pan);
    }
}
