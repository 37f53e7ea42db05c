// RUN: irc-opt --show-dialects | filecheck %s

// CHECK: Available Dialects:
// CHECK: builtin
// CHECK: builtin.module
// CHECK: builtin.unrealized_conversion_cast
