# tier: 1  area: bitwise
a = 2 ** 100 + 12345
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b)
print(~a, -a >> 50, a << 3)
print(-(2 ** 70) & 0xFFFF)
