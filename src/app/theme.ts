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
  components: {
    // Mantine's icon-only close buttons have no accessible name of their own. Plain objects
    // rather than Notification.extend / Modal.extend: importing those components here would put
    // them (and the modal's ScrollArea) into the first load, though they load on first use.
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});

/**
 * Dimmed and error text dark enough (light) and bright enough (dark) for 4.5:1 contrast (WCAG
 * AA); Mantine's defaults (gray 6, red 6 on white: 3.3:1) are too light.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
