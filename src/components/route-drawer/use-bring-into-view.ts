import { useEffect, useRef } from 'react';

/**
 * Brings an element that has just appeared (an error, a confirmation) into view and gives it
 * focus, so it is seen and read out at once, and focus stays inside the drawer instead of
 * falling to the page's body. Runs each time `trigger` changes to something truthy; give the
 * element `tabIndex={-1}` and a scroll margin that keeps it clear of the drawer's sticky buttons.
 */
export function useBringIntoView<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!trigger || !element) return;
    element.scrollIntoView({ block: 'nearest' });
    element.focus({ preventScroll: true });
  }, [trigger]);
  return ref;
}

/** Scrolls to `element` (clear of sticky bars, by its scroll margin), then focuses `focus`. */
export function revealAndFocus(element: HTMLElement | null, focus: HTMLElement | null) {
  element?.scrollIntoView({ block: 'start' });
  focus?.focus({ preventScroll: true });
}
