# tier: 1  area: functions
def nothing():
    pass

def early(x):
    if x:
        return
    print("not early")

print(nothing())
print(early(1))
print(early(0))
