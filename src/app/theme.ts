import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // WCAG AA asks 4.5:1 for text. Shade 8: white on indigo 8 (buttons) and indigo 8 on white or
  // on a hovered row (links) pass; Mantine's default light shade 6 does not (4.3:1).
  primaryShade: { light: 8, dark: 8 },
  // Filled buttons and badges get black or white text, whichever contrasts more with their
  // colour: 0.18 is the background luminance at which both contrast equally.
  autoContrast: true,
  luminanceThreshold: 0.18,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  defaultRadius: 'sm',
});

/** Dimmed text dark enough (light) and bright enough (dark) for 4.5:1 contrast (WCAG AA). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
