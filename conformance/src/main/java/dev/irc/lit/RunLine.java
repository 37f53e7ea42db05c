package dev.irc.lit;

/**
 * One logical RUN line of a lit test (continuation lines already joined), before substitution.
 *
 * <p>The line number is kept so a failure can point at the RUN line in the test file.
 *
 * @param lineNumber the 1-based line of the first {@code RUN:} of this command
 * @param command the command text after {@code RUN:}
 */
public record RunLine(int lineNumber, String command) {}
