import { useCallback, useEffect, useState } from 'react';

/** Revealed credentials hide themselves after this long, as a shoulder-surfing guard. */
export const REVEAL_TIMEOUT_MS = 60_000;

/** Hides revealed credentials after REVEAL_TIMEOUT_MS and drops them from the cache on hide. */
export function useAutoHide(revealed: boolean, hide: () => void) {
  useEffect(() => {
    if (!revealed) return undefined;
    const timer = window.setTimeout(hide, REVEAL_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [revealed, hide]);
}

/** The last seconds before an auto-hide, counted down on screen so it comes as no surprise. */
export const HIDE_NOTICE_SECONDS = 10;

/**
 * Revealed credentials that hide themselves after REVEAL_TIMEOUT_MS, saying so beforehand
 * (`secondsLeft`, during the last HIDE_NOTICE_SECONDS) and afterwards (`autoHidden`, until the
 * next reveal).
 *
 * `owner` is what is revealed (an App's id): when it changes, as when a list row is reused for
 * another App, the state starts again, masked, in the same render (no frame shows the new App
 * revealed). A row whose DOM is kept across Apps (keyed by position) needs this; a component
 * keyed by the App does not.
 */
export function useTimedReveal(initiallyRevealed = false, owner?: string) {
  const [revealed, setRevealed] = useState(initiallyRevealed);
  const [autoHidden, setAutoHidden] = useState(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [revealedFor, setRevealedFor] = useState(owner);
  if (revealedFor !== owner) {
    setRevealedFor(owner);
    setRevealed(initiallyRevealed);
    setAutoHidden(false);
    setSecondsLeft(null);
  }
  const hideByTimer = useCallback(() => {
    setRevealed(false);
    setAutoHidden(true);
  }, []);
  useAutoHide(revealed, hideByTimer);

  useEffect(() => {
    if (!revealed) return undefined;
    const shownAt = Date.now();
    const noticeAt = REVEAL_TIMEOUT_MS - HIDE_NOTICE_SECONDS * 1000;
    let interval: number | undefined;
    const tick = () =>
      setSecondsLeft(Math.max(1, Math.ceil((REVEAL_TIMEOUT_MS - (Date.now() - shownAt)) / 1000)));
    const start = window.setTimeout(() => {
      tick();
      interval = window.setInterval(tick, 1000);
    }, noticeAt);
    return () => {
      window.clearTimeout(start);
      window.clearInterval(interval);
      setSecondsLeft(null);
    };
  }, [revealed]);

  const toggle = useCallback(() => {
    setAutoHidden(false);
    setRevealed((current) => !current);
  }, []);

  return { revealed, toggle, secondsLeft, autoHidden };
}
