def f(n):
    acc = []
    for i in range(n):
        if i % 2 == 0:
            acc.append(i * 0 % 11)
            acc.append(i * 1 % 11)
            acc.append(i * 2 % 11)
            acc.append(i * 3 % 11)
            acc.append(i * 4 % 11)
            acc.append(i * 5 % 11)
            acc.append(i * 6 % 11)
            acc.append(i * 7 % 11)
            acc.append(i * 8 % 11)
            acc.append(i * 9 % 11)
            acc.append(i * 10 % 11)
            acc.append(i * 11 % 11)
            acc.append(i * 12 % 11)
            acc.append(i * 13 % 11)
            acc.append(i * 14 % 11)
            acc.append(i * 15 % 11)
            acc.append(i * 16 % 11)
            acc.append(i * 17 % 11)
            acc.append(i * 18 % 11)
            acc.append(i * 19 % 11)
            acc.append(i * 20 % 11)
            acc.append(i * 21 % 11)
            acc.append(i * 22 % 11)
            acc.append(i * 23 % 11)
            acc.append(i * 24 % 11)
            acc.append(i * 25 % 11)
            acc.append(i * 26 % 11)
            acc.append(i * 27 % 11)
            acc.append(i * 28 % 11)
            acc.append(i * 29 % 11)
            acc.append(i * 30 % 11)
            acc.append(i * 31 % 11)
            acc.append(i * 32 % 11)
            acc.append(i * 33 % 11)
            acc.append(i * 34 % 11)
            acc.append(i * 35 % 11)
            acc.append(i * 36 % 11)
            acc.append(i * 37 % 11)
            acc.append(i * 38 % 11)
            acc.append(i * 39 % 11)
            acc.append(i * 40 % 11)
            acc.append(i * 41 % 11)
            acc.append(i * 42 % 11)
            acc.append(i * 43 % 11)
            acc.append(i * 44 % 11)
            acc.append(i * 45 % 11)
            acc.append(i * 46 % 11)
            acc.append(i * 47 % 11)
            acc.append(i * 48 % 11)
            acc.append(i * 49 % 11)
            acc.append(i * 50 % 11)
            acc.append(i * 51 % 11)
            acc.append(i * 52 % 11)
            acc.append(i * 53 % 11)
            acc.append(i * 54 % 11)
            acc.append(i * 55 % 11)
            acc.append(i * 56 % 11)
            acc.append(i * 57 % 11)
            acc.append(i * 58 % 11)
            acc.append(i * 59 % 11)
            acc.append(i * 60 % 11)
            acc.append(i * 61 % 11)
            acc.append(i * 62 % 11)
            acc.append(i * 63 % 11)
            acc.append(i * 64 % 11)
            acc.append(i * 65 % 11)
            acc.append(i * 66 % 11)
            acc.append(i * 67 % 11)
            acc.append(i * 68 % 11)
            acc.append(i * 69 % 11)
            acc.append(i * 70 % 11)
            acc.append(i * 71 % 11)
            acc.append(i * 72 % 11)
            acc.append(i * 73 % 11)
            acc.append(i * 74 % 11)
            acc.append(i * 75 % 11)
            acc.append(i * 76 % 11)
            acc.append(i * 77 % 11)
            acc.append(i * 78 % 11)
            acc.append(i * 79 % 11)
            acc.append(i * 80 % 11)
            acc.append(i * 81 % 11)
            acc.append(i * 82 % 11)
            acc.append(i * 83 % 11)
            acc.append(i * 84 % 11)
            acc.append(i * 85 % 11)
            acc.append(i * 86 % 11)
            acc.append(i * 87 % 11)
            acc.append(i * 88 % 11)
            acc.append(i * 89 % 11)
            acc.append(i * 90 % 11)
            acc.append(i * 91 % 11)
            acc.append(i * 92 % 11)
            acc.append(i * 93 % 11)
            acc.append(i * 94 % 11)
            acc.append(i * 95 % 11)
            acc.append(i * 96 % 11)
            acc.append(i * 97 % 11)
            acc.append(i * 98 % 11)
            acc.append(i * 99 % 11)
            acc.append(i * 100 % 11)
            acc.append(i * 101 % 11)
            acc.append(i * 102 % 11)
            acc.append(i * 103 % 11)
            acc.append(i * 104 % 11)
            acc.append(i * 105 % 11)
            acc.append(i * 106 % 11)
            acc.append(i * 107 % 11)
            acc.append(i * 108 % 11)
            acc.append(i * 109 % 11)
            acc.append(i * 110 % 11)
            acc.append(i * 111 % 11)
            acc.append(i * 112 % 11)
            acc.append(i * 113 % 11)
            acc.append(i * 114 % 11)
            acc.append(i * 115 % 11)
            acc.append(i * 116 % 11)
            acc.append(i * 117 % 11)
            acc.append(i * 118 % 11)
            acc.append(i * 119 % 11)
            acc.append(i * 120 % 11)
            acc.append(i * 121 % 11)
            acc.append(i * 122 % 11)
            acc.append(i * 123 % 11)
            acc.append(i * 124 % 11)
            acc.append(i * 125 % 11)
            acc.append(i * 126 % 11)
            acc.append(i * 127 % 11)
            acc.append(i * 128 % 11)
            acc.append(i * 129 % 11)
            acc.append(i * 130 % 11)
            acc.append(i * 131 % 11)
            acc.append(i * 132 % 11)
            acc.append(i * 133 % 11)
            acc.append(i * 134 % 11)
            acc.append(i * 135 % 11)
            acc.append(i * 136 % 11)
            acc.append(i * 137 % 11)
            acc.append(i * 138 % 11)
            acc.append(i * 139 % 11)
            acc.append(i * 140 % 11)
            acc.append(i * 141 % 11)
            acc.append(i * 142 % 11)
            acc.append(i * 143 % 11)
            acc.append(i * 144 % 11)
            acc.append(i * 145 % 11)
            acc.append(i * 146 % 11)
            acc.append(i * 147 % 11)
            acc.append(i * 148 % 11)
            acc.append(i * 149 % 11)
        else:
            acc.append(-1)
        if len(acc) > 1000:
            break
    while n > 0:
        n -= 1
        if n == 0:
            acc.append(0)
        if n == 3:
            acc.append(1)
        if n == 6:
            acc.append(2)
        if n == 9:
            acc.append(3)
        if n == 12:
            acc.append(4)
        if n == 15:
            acc.append(5)
        if n == 18:
            acc.append(6)
        if n == 21:
            acc.append(7)
        if n == 24:
            acc.append(8)
        if n == 27:
            acc.append(9)
        if n == 30:
            acc.append(10)
        if n == 33:
            acc.append(11)
        if n == 36:
            acc.append(12)
        if n == 39:
            acc.append(13)
        if n == 42:
            acc.append(14)
        if n == 45:
            acc.append(15)
        if n == 48:
            acc.append(16)
        if n == 51:
            acc.append(17)
        if n == 54:
            acc.append(18)
        if n == 57:
            acc.append(19)
        if n == 60:
            acc.append(20)
        if n == 63:
            acc.append(21)
        if n == 66:
            acc.append(22)
        if n == 69:
            acc.append(23)
        if n == 72:
            acc.append(24)
        if n == 75:
            acc.append(25)
        if n == 78:
            acc.append(26)
        if n == 81:
            acc.append(27)
        if n == 84:
            acc.append(28)
        if n == 87:
            acc.append(29)
        if n == 90:
            acc.append(30)
        if n == 93:
            acc.append(31)
        if n == 96:
            acc.append(32)
        if n == 99:
            acc.append(33)
        if n == 102:
            acc.append(34)
        if n == 105:
            acc.append(35)
        if n == 108:
            acc.append(36)
        if n == 111:
            acc.append(37)
        if n == 114:
            acc.append(38)
        if n == 117:
            acc.append(39)
        if n == 120:
            acc.append(40)
        if n == 123:
            acc.append(41)
        if n == 126:
            acc.append(42)
        if n == 129:
            acc.append(43)
        if n == 132:
            acc.append(44)
        if n == 135:
            acc.append(45)
        if n == 138:
            acc.append(46)
        if n == 141:
            acc.append(47)
        if n == 144:
            acc.append(48)
        if n == 147:
            acc.append(49)
        if n == 150:
            acc.append(50)
        if n == 153:
            acc.append(51)
        if n == 156:
            acc.append(52)
        if n == 159:
            acc.append(53)
        if n == 162:
            acc.append(54)
        if n == 165:
            acc.append(55)
        if n == 168:
            acc.append(56)
        if n == 171:
            acc.append(57)
        if n == 174:
            acc.append(58)
        if n == 177:
            acc.append(59)
        if n == 180:
            acc.append(60)
        if n == 183:
            acc.append(61)
        if n == 186:
            acc.append(62)
        if n == 189:
            acc.append(63)
        if n == 192:
            acc.append(64)
        if n == 195:
            acc.append(65)
        if n == 198:
            acc.append(66)
        if n == 201:
            acc.append(67)
        if n == 204:
            acc.append(68)
        if n == 207:
            acc.append(69)
        if n == 210:
            acc.append(70)
        if n == 213:
            acc.append(71)
        if n == 216:
            acc.append(72)
        if n == 219:
            acc.append(73)
        if n == 222:
            acc.append(74)
        if n == 225:
            acc.append(75)
        if n == 228:
            acc.append(76)
        if n == 231:
            acc.append(77)
        if n == 234:
            acc.append(78)
        if n == 237:
            acc.append(79)
        if n == 240:
            acc.append(80)
        if n == 243:
            acc.append(81)
        if n == 246:
            acc.append(82)
        if n == 249:
            acc.append(83)
        if n == 252:
            acc.append(84)
        if n == 255:
            acc.append(85)
        if n == 258:
            acc.append(86)
        if n == 261:
            acc.append(87)
        if n == 264:
            acc.append(88)
        if n == 267:
            acc.append(89)
        if n == 270:
            acc.append(90)
        if n == 273:
            acc.append(91)
        if n == 276:
            acc.append(92)
        if n == 279:
            acc.append(93)
        if n == 282:
            acc.append(94)
        if n == 285:
            acc.append(95)
        if n == 288:
            acc.append(96)
        if n == 291:
            acc.append(97)
        if n == 294:
            acc.append(98)
        if n == 297:
            acc.append(99)
    return sum(acc), len(acc)
print(f(10))
print(f(3))
