import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HIDE_NOTICE_SECONDS,
  REVEAL_TIMEOUT_MS,
  useAutoHide,
  useTimedReveal,
} from './use-timed-reveal';

describe('useAutoHide', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hides revealed credentials after the timeout, and only then', () => {
    const hide = vi.fn();
    renderHook(({ revealed }) => useAutoHide(revealed, hide), { initialProps: { revealed: true } });
    act(() => vi.advanceTimersByTime(REVEAL_TIMEOUT_MS - 1));
    expect(hide).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(hide).toHaveBeenCalledTimes(1);
  });

  it('does nothing while hidden, and forgets the timer when hidden by hand', () => {
    const hide = vi.fn();
    const { rerender } = renderHook(({ revealed }) => useAutoHide(revealed, hide), {
      initialProps: { revealed: false },
    });
    act(() => vi.advanceTimersByTime(REVEAL_TIMEOUT_MS * 2));
    rerender({ revealed: true });
    rerender({ revealed: false });
    act(() => vi.advanceTimersByTime(REVEAL_TIMEOUT_MS * 2));
    expect(hide).not.toHaveBeenCalled();
  });
});

describe('useTimedReveal', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down the last seconds, then hides and says it did', () => {
    const { result } = renderHook(() => useTimedReveal(true));
    expect(result.current).toMatchObject({ revealed: true, secondsLeft: null, autoHidden: false });

    act(() => vi.advanceTimersByTime(REVEAL_TIMEOUT_MS - HIDE_NOTICE_SECONDS * 1000));
    expect(result.current.secondsLeft).toBe(HIDE_NOTICE_SECONDS);
    act(() => vi.advanceTimersByTime(7000));
    expect(result.current.secondsLeft).toBe(3);

    act(() => vi.advanceTimersByTime(3000));
    expect(result.current).toMatchObject({ revealed: false, secondsLeft: null, autoHidden: true });

    // Revealed again: the notice of the last auto-hide goes.
    act(() => result.current.toggle());
    expect(result.current).toMatchObject({ revealed: true, autoHidden: false });
  });

  it('hidden by hand, it neither counts down nor claims an auto-hide', () => {
    const { result } = renderHook(() => useTimedReveal());
    act(() => result.current.toggle());
    act(() => vi.advanceTimersByTime(1000));
    act(() => result.current.toggle());
    act(() => vi.advanceTimersByTime(REVEAL_TIMEOUT_MS * 2));
    expect(result.current).toMatchObject({ revealed: false, secondsLeft: null, autoHidden: false });
  });
});
