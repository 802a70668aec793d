/**
 * The global interpreter lock: its service interface ({@link dev.kaa.threading.GlobalLock},
 * chosen by name through {@link dev.kaa.threading.GlobalLockProvider}) and Kaa's own
 * implementation of it, CPython's switching GIL ({@code "gil"}).
 */
module dev.kaa.threading {
    exports dev.kaa.threading;

    uses dev.kaa.threading.GlobalLockProvider;

    provides dev.kaa.threading.GlobalLockProvider with dev.kaa.threading.internal.SwitchingGilProvider;
}
