import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REVEAL_TIMEOUT_MS, useAutoHide } from './app-credentials';

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
