package dev.kaa.threading.internal;

import dev.kaa.threading.GlobalLock;
import dev.kaa.threading.GlobalLockProvider;

/** Provides {@link SwitchingGil}, by the name {@code "gil"}. */
public final class SwitchingGilProvider implements GlobalLockProvider {
    @Override public String name() {
        return "gil";
    }

    @Override public GlobalLock create(GlobalLock.Hooks hooks) {
        return new SwitchingGil(hooks);
    }
}
