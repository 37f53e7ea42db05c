# tier: 1  area: recursion
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))
for i in range(10):
    print(fib(i), end=",")
print()
