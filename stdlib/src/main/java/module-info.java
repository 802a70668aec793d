/**
 * The standard library's built-in modules written in Java against the extension API, as
 * CPython writes them in C. They are extension modules like any user's: the virtual machine
 * finds them as {@link dev.kaa.ext.ExtensionModule} services.
 */
module dev.kaa.stdlib {
    requires dev.kaa.ext;

    provides dev.kaa.ext.ExtensionModule with
            dev.kaa.stdlib.asyncio.AsyncioModule,
            dev.kaa.stdlib.bisect.BisectModule,
            dev.kaa.stdlib.queue.QueueModule;
}
