# tier: 1  area: recursion
# `return e + f(...)` runs as a loop in compiled code (the sum accumulates, each self call becomes
# a virtual frame at depth + 1): the order of side effects, the recursion depth and the traceback
# of an exception raised deep inside must be those of the recursive calls.
def h(n, k):
    if n <= 0:
        return k
    print("h", n, k)
    return h(n - 1, k * 2) + h(n - 2, k + 1)


def tri(n):
    if n == 0:
        return 0
    return n + tri(n - 1)


def f(n):
    if n == 0:
        return 1 // n
    return n + f(n - 1)


print(h(4, 1))
print(tri(900), tri(0))
print(f(5))
