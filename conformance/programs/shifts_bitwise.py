# tier: 1  area: bitwise
print(1 << 100)
print(-1 >> 10, -16 >> 2, 16 >> 10)
print(~0, ~-1, -5 & 0xFF, -5 | 3, -5 ^ 7)
print(0x10, 0o17, 0b1010, 1_000_000)
