import { useEffect } from 'react';

const SITE = '8x8 Admin Console';

/**
 * Names the browser tab (and the history entry) after the screen: `Create app · API Keys · 8x8
 * Admin Console`. Each screen names itself, from the outermost to the innermost part; a drawer's
 * title gives way to the page's again when the drawer closes.
 */
export function usePageTitle(...parts: (string | null | undefined)[]) {
  const title = [...parts.filter(Boolean), SITE].join(' · ');
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
