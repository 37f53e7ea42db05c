# tier: 1  area: control-flow
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print(-5, classify(-5))
print(0, classify(0))
print(3, classify(3))
print(42, classify(42))
