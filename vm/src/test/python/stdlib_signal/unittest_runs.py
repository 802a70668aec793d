# unittest imports signal: with _signal a small test suite runs, and unittest's own handling
# of Ctrl-C installs and removes its SIGINT handler.
import io
import signal
import unittest

class Sample(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    @unittest.skip("not today")
    def test_skip(self):
        pass

    def test_error(self):
        raise KeyError("k")

suite = unittest.defaultTestLoader.loadTestsFromTestCase(Sample)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
      "skipped", len(result.skipped))
print([t.id().split(".")[-1] for t, _ in result.failures + result.errors])
print(stream.getvalue().splitlines()[0])

before = signal.getsignal(signal.SIGINT)
unittest.installHandler()
installed = signal.getsignal(signal.SIGINT)
print(type(installed).__name__, installed is not before)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is before)
