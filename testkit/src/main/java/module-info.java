/** What the tests of every module share: finding and running CPython 3.13, the reference. Never shipped. */
module dev.kaa.testkit {
    exports dev.kaa.testkit;
}
