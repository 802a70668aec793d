print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3 + 0j))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{!r} {!s}".format("q", "q"))
import string
t = string.Template("$who likes $what")
print(t.substitute(who="kaa", what="python"))
print("%-6s|%6.2f|%+d" % ("ab", 3.14159, 5))
print(f"{'%d' % 5}", "{}".format(f"{7}"))
