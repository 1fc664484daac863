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
  ])('suggests a valid name for %j', (name, suggestion) =>
    expect(suggestAppName(name)).toBe(suggestion),
  );
});
