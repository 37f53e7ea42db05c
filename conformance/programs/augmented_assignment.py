# tier: 1  area: assignment
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
x <<= 4
x >>= 1
x |= 1
x &= 13
x ^= 6
print(x)
y = 7.0
y /= 2
print(y)
