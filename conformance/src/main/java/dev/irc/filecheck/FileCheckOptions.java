package dev.irc.filecheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line options of FileCheck that change how the check file is read and matched.
 *
 * <p>It is an immutable value so that one set of options can be shared by many checks, and so
 * that {@link FileCheckMain} and in-process callers configure FileCheck the same way.
 *
 * @param checkPrefixes the directive prefixes, {@code CHECK} by default
 * @param commentPrefixes prefixes of comment directives, {@code COM} and {@code RUN} by default
 * @param strictWhitespace do not canonicalize horizontal whitespace
 * @param matchFullLines require positive patterns to match whole lines
 * @param ignoreCase match case-insensitively
 * @param allowEmptyInput accept an empty input instead of failing
 * @param allowUnusedPrefixes do not fail when one of several prefixes is unused
 * @param enableVarScope forget local ({@code $}-less) variables at each {@code CHECK-LABEL}
 * @param implicitCheckNot patterns treated as {@code CHECK-NOT} between every pair of matches
 * @param defines variables predefined by {@code -D NAME=VALUE}
 */
public record FileCheckOptions(
    List<String> checkPrefixes,
    List<String> commentPrefixes,
    boolean strictWhitespace,
    boolean matchFullLines,
    boolean ignoreCase,
    boolean allowEmptyInput,
    boolean allowUnusedPrefixes,
    boolean enableVarScope,
    List<String> implicitCheckNot,
    Map<String, String> defines) {

  public FileCheckOptions {
    checkPrefixes = List.copyOf(checkPrefixes);
    commentPrefixes = List.copyOf(commentPrefixes);
    implicitCheckNot = List.copyOf(implicitCheckNot);
    defines = Map.copyOf(defines);
  }

  /** The defaults of LLVM FileCheck: prefix {@code CHECK}, whitespace canonicalized. */
  public static FileCheckOptions defaults() {
    return new FileCheckOptions(
        List.of("CHECK"), List.of("COM", "RUN"), false, false, false, false, false, false,
        List.of(), Map.of());
  }

  public FileCheckOptions withCheckPrefixes(List<String> prefixes) {
    return new FileCheckOptions(prefixes, commentPrefixes, strictWhitespace, matchFullLines,
        ignoreCase, allowEmptyInput, allowUnusedPrefixes, enableVarScope, implicitCheckNot,
        defines);
  }

  public FileCheckOptions withCommentPrefixes(List<String> prefixes) {
    return new FileCheckOptions(checkPrefixes, prefixes, strictWhitespace, matchFullLines,
        ignoreCase, allowEmptyInput, allowUnusedPrefixes, enableVarScope, implicitCheckNot,
        defines);
  }

  public FileCheckOptions withStrictWhitespace(boolean value) {
    return new FileCheckOptions(checkPrefixes, commentPrefixes, value, matchFullLines,
        ignoreCase, allowEmptyInput, allowUnusedPrefixes, enableVarScope, implicitCheckNot,
        defines);
  }

  public FileCheckOptions withMatchFullLines(boolean value) {
    return new FileCheckOptions(checkPrefixes, commentPrefixes, strictWhitespace, value,
        ignoreCase, allowEmptyInput, allowUnusedPrefixes, enableVarScope, implicitCheckNot,
        defines);
  }

  public FileCheckOptions withIgnoreCase(boolean value) {
    return new FileCheckOptions(checkPrefixes, commentPrefixes, strictWhitespace,
        matchFullLines, value, allowEmptyInput, allowUnusedPrefixes, enableVarScope,
        implicitCheckNot, defines);
  }

  public FileCheckOptions withAllowEmptyInput(boolean value) {
    return new FileCheckOptions(checkPrefixes, commentPrefixes, strictWhitespace,
        matchFullLines, ignoreCase, value, allowUnusedPrefixes, enableVarScope,
        implicitCheckNot, defines);
  }

  public FileCheckOptions withAllowUnusedPrefixes(boolean value) {
    return new FileCheckOptions(checkPrefixes, commentPrefixes, strictWhitespace,
        matchFullLines, ignoreCase, allowEmptyInput, value, enableVarScope, implicitCheckNot,
        defines);
  }

  public FileCheckOptions withEnableVarScope(boolean value) {
    return new FileCheckOptions(checkPrefixes, commentPrefixes, strictWhitespace,
        matchFullLines, ignoreCase, allowEmptyInput, allowUnusedPrefixes, value,
        implicitCheckNot, defines);
  }

  public FileCheckOptions withImplicitCheckNot(List<String> patterns) {
    return new FileCheckOptions(checkPrefixes, commentPrefixes, strictWhitespace,
        matchFullLines, ignoreCase, allowEmptyInput, allowUnusedPrefixes, enableVarScope,
        patterns, defines);
  }

  /** Returns these options with one more {@code -D name=value} definition. */
  public FileCheckOptions withDefine(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(defines);
    more.put(name, value);
    return new FileCheckOptions(checkPrefixes, commentPrefixes, strictWhitespace,
        matchFullLines, ignoreCase, allowEmptyInput, allowUnusedPrefixes, enableVarScope,
        implicitCheckNot, more);
  }
}
