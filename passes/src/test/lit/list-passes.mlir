// RUN: irc-opt --list-passes | filecheck %s

// CHECK:      Available Passes:
// CHECK:        --canonicalize {{ *}}- Canonicalize operations
// CHECK-NEXT:     max-iterations=<int> {{ *}}- Maximum number of scans of the IR before giving up (default: 10)
// CHECK:        --cse {{ *}}- Eliminate common sub-expressions
// CHECK:        --dce {{ *}}- Erase unused pure operations and unreachable blocks
// CHECK:        --symbol-dce {{ *}}- Eliminate dead private symbols
