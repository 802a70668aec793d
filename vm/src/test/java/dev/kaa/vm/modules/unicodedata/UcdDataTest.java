package dev.kaa.vm.modules.unicodedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kaa's Unicode tables against CPython 3.13's {@code unicodedata}: {@code expected.txt}, written
 * by {@code scripts/gen-unicodedata.py} together with the tables, holds SHA-256 digests of every
 * code point's properties, name and normal forms in 15.1.0 and 3.2.0, a few hundred sampled code
 * points in full, and normal forms of mixed strings. A digest mismatch means the generator and the
 * readers disagree; the samples show where.
 */
class UcdDataTest {
    private static final String[] FORMS = {"NFC", "NFD", "NFKC", "NFKD"};
    private static List<String> expected;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = UcdDataTest.class.getResourceAsStream("expected.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static UcdVersion version(String label) {
        return label.equals("15.1.0") ? UcdData.get().current : UcdData.get().old;
    }

    private static String propsLine(UcdVersion v, int cp) {
        int dec = v.decimal(cp), dig = v.digit(cp);
        double num = v.numeric(cp);
        return String.format("%X;%s;%s;%d;%s;%d;%s;%s;%s;%s", cp, v.category(cp), v.bidirectional(cp),
                v.combining(cp), v.eastAsianWidth(cp), v.mirrored(cp) ? 1 : 0, v.decomposition(cp),
                dec < 0 ? "" : dec, dig < 0 ? "" : dig,
                Double.isNaN(num) ? "" : String.format("%016x", Double.doubleToRawLongBits(num)));
    }

    private static String hexes(String s) {
        return s.codePoints().mapToObj(c -> String.format("%X", c)).collect(Collectors.joining(" "));
    }

    private static String normalize(String label, String form, String s) {
        return UcdNormalizer.normalize(version(label), UcdData.get().current, form, s);
    }

    private static String digest(String label, String what) throws NoSuchAlgorithmException {
        UcdVersion v = version(label);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (int cp = 0; cp < 0x110000; cp++) {
            String line = switch (what) {
                case "properties" -> propsLine(v, cp) + "\n";
                case "names" -> {
                    String n = UcdNames.get().nameIn(v, cp);
                    yield n == null ? "" : String.format("%X;%s\n", cp, n);
                }
                default -> {
                    StringBuilder b = new StringBuilder();
                    String c = Character.toString(cp);
                    for (String form : FORMS) {
                        String r = normalize(label, form, c);
                        if (!r.equals(c)) {
                            b.append(String.format("%X;%s;%s\n", cp, form, hexes(r)));
                        }
                    }
                    yield b.toString();
                }
            };
            md.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @Test
    void everyCodePointMatchesCPythonsDigests() throws NoSuchAlgorithmException {
        List<String> failed = new ArrayList<>();
        int checked = 0;
        for (String line : expected) {
            if (line.startsWith("digest ")) {
                String[] f = line.split(" ");
                checked++;
                if (!digest(f[1], f[2]).equals(f[3])) {
                    failed.add(f[1] + " " + f[2]);
                }
            }
        }
        assertEquals(6, checked);
        assertEquals(List.of(), failed);
    }

    @Test
    void sampledCodePoints() {
        int checked = 0;
        for (String line : expected) {
            if (line.startsWith("sample ")) {
                String[] f = line.split(" ", 3);
                UcdVersion v = version(f[1]);
                int cp = Integer.parseInt(f[2].substring(0, f[2].indexOf(';')), 16);
                String n = UcdNames.get().nameIn(v, cp);
                assertEquals(f[2], propsLine(v, cp) + ";" + (n == null ? "" : n), "U+" + Integer.toHexString(cp));
                checked++;
            }
        }
        assertTrue(checked > 600, "samples: " + checked);
    }

    @Test
    void normalFormsOfMixedStrings() {
        int checked = 0;
        for (String line : expected) {
            if (line.startsWith("normalize ")) {
                String label = line.split(" ")[1];
                String[] parts = line.substring(("normalize " + label + " ").length()).split(" \\| ", -1);
                String s = fromHexes(parts[0]);
                for (int i = 0; i < FORMS.length; i++) {
                    assertEquals(parts[i + 1], hexes(normalize(label, FORMS[i], s)), label + " " + FORMS[i]
                            + " of " + parts[0]);
                }
                checked++;
            }
        }
        assertTrue(checked >= 800, "strings: " + checked);
    }

    @Test
    void everyNameLooksUpItsCharacter() {
        UcdNames names = UcdNames.get();
        for (int cp = 0; cp < 0x110000; cp++) {
            String n = names.name(cp);
            if (n != null) {
                int[] found = names.lookup(n, true);
                assertEquals(cp, found == null ? -1 : found[0], n);
            }
        }
    }

    private static String fromHexes(String hex) {
        StringBuilder b = new StringBuilder();
        for (String h : hex.split(" ")) {
            b.appendCodePoint(Integer.parseInt(h, 16));
        }
        return b.toString();
    }
}
