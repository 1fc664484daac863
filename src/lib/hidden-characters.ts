// Characters a reader cannot see, or that rearrange what they see: control characters (Cc: line
// breaks, NUL, escape sequences), format characters (Cf: the bidi overrides and isolates U+202A–E
// and U+2066–9, the marks U+200E–F, zero-width U+200B–D, U+FEFF), lone surrogates (Cs) and the
// line and paragraph separators U+2028/U+2029. Backend text holding one is either shown with the
// character made visible (`⟨U+202E⟩`) or refused where it would be pasted into code.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const HIDDEN_ALL = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** Whether `text` holds a character a reader cannot see or that reorders the text around it. */
export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text);
}

/** `U+202E`: how a hidden character is named to the admin. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with each hidden character replaced by a visible marker, e.g. `Payroll⟨U+202E⟩`. */
export function markHiddenCharacters(text: string): string {
  return text.replace(HIDDEN_ALL, (char) => `⟨${codePointName(char)}⟩`);
}
