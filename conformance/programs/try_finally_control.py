# tier: 1  area: exceptions
# finally runs on every way out: normal, exception, return, break, continue; return in finally wins.
def returns_in_finally():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    for i in range(3):
        try:
            raise ValueError("lost")
        finally:
            print("cleanup", i)
            continue
    return "swallowed"

def finally_then_raise(x):
    try:
        return 100 // x
    finally:
        print("finally for", x)

def loop_control():
    out = 0
    for i in range(10):
        try:
            if i % 2 == 0:
                continue
            if i > 6:
                break
            out += i
        finally:
            out += 100
    return out

def nested_finally():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

def while_finally():
    n = 0
    while n < 5:
        n += 1
        try:
            if n == 2:
                continue
            if n == 4:
                break
            print("body", n)
        finally:
            print("fin", n)
    else:
        print("no break")
    return n

print(returns_in_finally())
print(finally_swallows())
print(finally_then_raise(5))
print(loop_control())
print(nested_finally())
print(while_finally())
try:
    finally_then_raise(0)
except ZeroDivisionError as e:
    print("caught", e)
print(finally_then_raise(0))
