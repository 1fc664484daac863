import {
  cloneElement,
  useEffect,
  useId,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type ReactElement,
} from 'react';
import { createPortal } from 'react-dom';
import classes from './hint.module.css';

/** The props Hint adds to its child; the child's own handlers still run. */
interface HintTargetProps {
  'aria-label'?: string;
  'aria-describedby'?: string;
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
}

interface HintProps {
  label: string;
  /** One element that takes pointer and focus events (a button, a focusable span). */
  children: ReactElement<HintTargetProps>;
  /** Wraps long text (a list of products) instead of keeping it on one line. */
  multiline?: boolean;
}

interface Placement {
  left: number;
  top: number;
  above: boolean;
}

/**
 * A light tooltip: shown on mouse hover and on keyboard focus, hidden on leave, blur and Escape,
 * and the element's accessible description (unless it is already its name). It replaces Mantine's
 * Tooltip, whose @floating-ui dependency cost the first load ~18 kB gzip; placed below the element
 * (above it near the bottom of the window), in a portal so no scroll container clips it.
 */
export function Hint({ label, children, multiline = false }: HintProps) {
  const id = useId();
  const [placement, setPlacement] = useState<Placement | null>(null);
  const own = children.props;

  const show = (target: HTMLElement) => {
    const rect = target.getBoundingClientRect();
    const above = rect.bottom + 64 > window.innerHeight;
    setPlacement({
      left: rect.left + rect.width / 2,
      top: above ? rect.top - 6 : rect.bottom + 6,
      above,
    });
  };
  const hide = () => setPlacement(null);
  // It stays where it was placed: hide it when anything scrolls rather than leave it behind.
  useEffect(() => {
    if (!placement) return;
    const onScroll = () => setPlacement(null);
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [placement]);
  // An icon button named by the same words needs no description repeating them.
  const describes = own['aria-label'] !== label;

  const target = cloneElement(children, {
    'aria-describedby': describes
      ? [own['aria-describedby'], id].filter(Boolean).join(' ')
      : own['aria-describedby'],
    onPointerEnter: (event: PointerEvent<HTMLElement>) => {
      own.onPointerEnter?.(event);
      if (event.pointerType === 'mouse') show(event.currentTarget);
    },
    onPointerLeave: (event: PointerEvent<HTMLElement>) => {
      own.onPointerLeave?.(event);
      hide();
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      own.onFocus?.(event);
      // Keyboard focus only: a click focuses too, and the pointer already shows the hint.
      if (event.currentTarget.matches(':focus-visible')) show(event.currentTarget);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      own.onBlur?.(event);
      hide();
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      own.onKeyDown?.(event);
      // Dismissible (WCAG 1.4.13), without stopping the Escape that also closes a drawer.
      if (event.key === 'Escape') hide();
    },
  });

  return (
    <>
      {target}
      {describes && (
        <span id={id} hidden>
          {label}
        </span>
      )}
      {placement &&
        createPortal(
          <div
            role="tooltip"
            className={classes.hint}
            data-above={placement.above || undefined}
            data-multiline={multiline || undefined}
            style={{ left: placement.left, top: placement.top }}
          >
            {label}
          </div>,
          document.body,
        )}
    </>
  );
}
