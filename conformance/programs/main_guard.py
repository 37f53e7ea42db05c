# tier: 1  area: functions
def main():
    print("in main")
    return 0

if __name__ == "__main__":
    main()
print(__name__)
