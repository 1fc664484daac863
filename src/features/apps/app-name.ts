import {
  APP_NAME_ALLOWED_CHARACTERS,
  APP_NAME_MAX_LENGTH,
  APP_NAME_PATTERN,
} from '../../api/app-name-rule';

/** The contract's character set, one character at a time. */
const isAllowedCharacter = (char: string) => APP_NAME_PATTERN.test(char);

/** Each character of `name` the contract does not allow, once, in order of appearance. */
function disallowedCharacters(name: string): string[] {
  return [...new Set([...name].filter((char) => !/\s/.test(char) && !isAllowedCharacter(char)))];
}

/**
 * Why `name` is not a valid App name, in words an admin can act on, or null when it is valid.
 * The same rule as the contract (src/api/app-name-rule.ts), which the server checks again.
 */
export function appNameError(name: string): string | null {
  if (name.length === 0) return 'Enter a name for the App.';
  if (name.includes('\t')) return 'Names can’t contain tabs.';
  if (name.includes(' ')) return 'Names can’t contain spaces.';
  if (/\s/.test(name)) return 'Names can’t contain line breaks or other whitespace.';
  const disallowed = disallowedCharacters(name);
  if (disallowed.length > 0) {
    const listed = disallowed.map((char) => `“${char}”`).join(' ');
    return `Names can contain only ${APP_NAME_ALLOWED_CHARACTERS}; remove ${listed}.`;
  }
  if (name.length > APP_NAME_MAX_LENGTH) {
    return `Names can be at most ${APP_NAME_MAX_LENGTH} characters long (this one has ${name.length}).`;
  }
  return APP_NAME_PATTERN.test(name)
    ? null
    : `Names can contain only ${APP_NAME_ALLOWED_CHARACTERS}.`;
}

/**
 * A valid name close to an invalid one, for a one-click fix: whitespace becomes hyphens
 * (`All CC Analytics` → `All-CC-Analytics`) and disallowed symbols are dropped. Null when the
 * name is valid, too long, or nothing valid is left — and when a letter, mark or digit would be
 * dropped: `рр-Lookalike` in Cyrillic would become `-Lookalike`, `Ünïcode` `ncode`, a different
 * name the admin did not choose (and a lookalike is worth noticing, not fixing silently).
 */
export function suggestAppName(name: string): string | null {
  if (appNameError(name) === null || name.trim().length === 0) return null;
  if (disallowedCharacters(name).some((char) => /[\p{L}\p{M}\p{N}]/u.test(char))) return null;
  const suggestion = name
    .trim()
    .split(/\s+/)
    .map((word) => [...word].filter(isAllowedCharacter).join(''))
    .filter((word) => word.length > 0)
    .join('-');
  return suggestion !== name && appNameError(suggestion) === null ? suggestion : null;
}
