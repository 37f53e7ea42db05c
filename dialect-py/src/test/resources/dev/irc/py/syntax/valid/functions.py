# Functions with defaults, recursion, globals and asserts.
counter = 0


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def bump(step=1):
    global counter
    counter += step
    return counter


def gcd(a, b=0):
    while b:
        a, b = b, a % b
    return a


def nothing():
    pass


def early(x):
    if x:
        return
    assert x == 0, "x must be zero"
    assert not x


def main():
    print(fib(20), gcd(12, 18), bump(), bump(2), nothing())
    early(0)
    print("done", end="")
    print()


if __name__ == "__main__":
    main()
