# dict_str [N]: a pseudo-random text of N words is generated, joined into lines, split again,
# cleaned, counted in dicts, and reported with formatting. Measures str building (join, f-strings,
# % and format), str methods (split, strip, lower, replace, startswith, find), dict get/set,
# dict iteration and sorting of items.
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu", "an", "el", "or"]


def vocabulary(size):
    words = []
    for i in range(size):
        parts = []
        j = i
        while True:
            parts.append(SYLLABLES[j % len(SYLLABLES)])
            j //= len(SYLLABLES)
            if j == 0:
                break
        words.append("".join(parts))
    return words


def generate_text(n, words):
    seed = 12345
    lines = []
    line = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        # Skewed choice: low indices are far more frequent, as in real text.
        r = seed % 1000
        w = words[(r * r) // 1000 * len(words) // 1000]
        if seed & 0x300 == 0:
            w = w.capitalize()
        if seed & 0x3000 == 0:
            w += ","
        line.append(w)
        if len(line) == 12:
            lines.append(" ".join(line) + ".")
            line = []
    if line:
        lines.append(" ".join(line) + ".")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for token in line.split():
            word = token.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def by_initial(counts):
    groups = {}
    for word, c in counts.items():
        groups.setdefault(word[0], []).append(word)
    return {k: sorted(v) for k, v in groups.items()}


def report(counts, top):
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    rows = []
    for rank, (word, c) in enumerate(ranked[:top], 1):
        rows.append(f"{rank:4d}. {word:<12s}{c:>8d} {'*' * (c * 40 // ranked[0][1])}")
    rows.append("%d distinct words, %d in total" % (len(counts), sum(counts.values())))
    return "\n".join(rows)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500000
    words = vocabulary(600)
    text = generate_text(n, words)
    counts = count_words(text)
    groups = by_initial(counts)
    table = report(counts, 50)
    replaced = text.replace("ka", "KA").replace("zu", "")
    checksum = len(replaced) + replaced.count("KA") + text.find("zuzu") + len(table)
    for initial in sorted(groups):
        checksum += len(groups[initial]) * ord(initial)
        checksum += sum(1 for w in groups[initial] if w.startswith(initial + "a"))
    inverted = {}
    for word, c in counts.items():
        inverted.setdefault(c, []).append(word)
    checksum += sum(len(v) * k for k, v in inverted.items())
    formatted = ", ".join("{}={}".format(w, counts[w]) for w in sorted(counts)[:100])
    checksum += sum(ord(ch) for ch in formatted)
    print("dict_str(%d): %d distinct, top %r, checksum %d"
          % (n, len(counts), table.split("\n")[0].split()[1], checksum))


main()
