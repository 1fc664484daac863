import { describe, expect, it } from 'vitest';
import { appNameError, suggestAppName } from './app-name';

describe('App name rule', () => {
  it.each(['All-CC-Analytics', 'RecordingAPIAccess', 'Power_BI.v2', 'a'.repeat(64)])(
    'accepts %s',
    (name) => expect(appNameError(name)).toBeNull(),
  );

  it.each([
    ['', 'Enter a name for the App.'],
    ['All CC Analytics', 'Names can’t contain spaces.'],
    ['All\tCC', 'Names can’t contain tabs.'],
    ['All\nCC', 'Names can’t contain line breaks or other whitespace.'],
    ['a'.repeat(65), 'Names can be at most 64 characters long (this one has 65).'],
    ['Ünïcode', expect.stringContaining('remove “Ü” “ï”')],
    ['<img>', expect.stringContaining('remove “<” “>”')],
  ])('rejects %j', (name, message) => expect(appNameError(name)).toEqual(message));

  it.each([
    ['All CC Analytics', 'All-CC-Analytics'],
    ['  padded\tname  ', 'padded-name'],
    ['<img src=x onerror=alert(1)>', 'img-srcx-onerroralert1'],
    ['valid-name', null],
    ['   ', null],
    ['<>', null],
    ['Payroll\u200b', 'Payroll'],
  ])('suggests a valid name for %j', (name, suggestion) =>
    expect(suggestAppName(name)).toBe(suggestion),
  );

  // A hostile tester's name: "pp" in Cyrillic (U+0440 U+0440), a lookalike of the Latin letters.
  it.each([
    ['\u0440\u0440-Lookalike'],
    ['P\u0430yroll'],
    ['Ünïcode'],
    ['Cafe\u0301'],
    ['Report\u0663'],
  ])('offers no fix that would drop a letter, mark or digit of %j', (name) => {
    expect(appNameError(name)).not.toBeNull();
    expect(suggestAppName(name)).toBeNull();
  });
});
