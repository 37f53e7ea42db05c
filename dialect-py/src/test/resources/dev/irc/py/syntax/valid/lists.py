# Tier-2 syntax: lists, tuples, subscripts, slices, comprehensions.
xs = [1, 2, 3,]
ys = [x * x for x in range(10) if x % 2 if x > 2]
pairs = [(i, j) for i in range(3) for j in range(i)]
empty = []
t = (1,)
u = ()
v = 1, 2, 3
xs[0] = 10
xs[-1] += 1
print(xs[1:2], xs[::2], xs[:], xs[1:], xs[:-1], ys, pairs, t, u, v, len(xs))
total = 0
for i, x in enumerate(xs):
    total += i * x
for a, b in zip(xs, ys):
    total -= a * b
print(total, sum(ys), [0] * 3, xs + ys)
grid = [[0 for _ in range(3)] for _ in range(3)]
grid[1][2] = 5
print(grid)
