# exceptions [N]: raising and catching in loops: built-in errors from operations (ZeroDivisionError,
# KeyError, IndexError, ValueError from int()), a user-defined hierarchy caught by base class,
# try/finally and with-statement clean-up, exception chaining ("raise ... from"), re-raise and
# exceptions crossing several frames. Measures exception creation, matching and unwinding.
import sys


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


class RetryableError(AppError):
    pass


class FatalError(AppError):
    pass


class Resource:
    opened = 0
    closed = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, kind, value, tb):
        Resource.closed += 1
        # Swallow RetryableError only.
        return kind is not None and issubclass(kind, RetryableError)


def risky(i):
    if i % 7 == 0:
        raise RetryableError(i % 100, "try again")
    if i % 11 == 0:
        raise FatalError(i % 50, "give up")
    return i


def deep(i, depth):
    if depth == 0:
        return risky(i)
    return deep(i, depth - 1) + 1


def parse_all(tokens):
    good = 0
    bad = 0
    for t in tokens:
        try:
            good += int(t)
        except ValueError:
            bad += 1
    return good, bad


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    checksum = 0
    table = {i: i * i for i in range(0, 100, 3)}
    items = list(range(50))
    for i in range(n):
        try:
            checksum += 1000 // (i % 13)
        except ZeroDivisionError:
            checksum += 1
        try:
            checksum += table[i % 100]
        except KeyError as e:
            checksum += e.args[0] & 3
        try:
            checksum += items[i % 60]
        except IndexError:
            checksum -= 1
        finally:
            checksum += 2
    retries = fatals = 0
    for i in range(n):
        try:
            checksum += deep(i, 5)
        except RetryableError as e:
            retries += 1
            checksum += e.code
        except AppError as e:
            fatals += 1
            checksum += e.code * 2
    for i in range(n // 2):
        try:
            with Resource():
                risky(i)
        except FatalError:
            checksum += 3
    chained = 0
    for i in range(n // 4):
        try:
            try:
                raise KeyError(i)
            except KeyError as e:
                raise ValueError("bad key") from e
        except ValueError as e:
            if isinstance(e.__cause__, KeyError):
                chained += 1
        try:
            try:
                [][i]
            except IndexError:
                raise
        except LookupError:
            chained += 1
    good, bad = parse_all(["12", "x", "7", "", "-3", "4.5", "99"] * (n // 20))
    print("exceptions(%d): checksum %d, retries %d, fatals %d, resources %d/%d, chained %d, parsed %d/%d"
          % (n, checksum, retries, fatals, Resource.opened, Resource.closed, chained, good, bad))


main()
