import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { CopyValueButton } from './copy-value-button';
import { COPY_FETCH_TIMEOUT_MS } from './use-copy';

function renderButton(value: string | (() => Promise<string>)) {
  const user = userEvent.setup();
  render(
    <MantineProvider env="test">
      <CopyValueButton label="Copy key" value={value} onCopied={null} />
    </MantineProvider>,
  );
  return { user, button: screen.getByRole('button', { name: 'Copy key' }) };
}

describe('CopyValueButton', () => {
  it('is busy while a masked value is fetched, then says Copied and copies it', async () => {
    let deliver: (value: string) => void = () => {};
    const { user, button } = renderButton(
      () => new Promise<string>((resolve) => (deliver = resolve)),
    );
    await user.click(button);
    expect(screen.getByRole('status')).toHaveTextContent('Copying…');
    expect(button).toHaveAttribute('aria-busy', 'true');

    await act(async () => deliver('eght_secret-key'));
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('eght_secret-key');
  });

  it('says Copy failed, with the reason, and leaves the clipboard alone when the fetch fails', async () => {
    const { user, button } = renderButton(async () => {
      throw new ApiError(404);
    });
    await navigator.clipboard.writeText('previous');
    await user.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Copy failed: .*\(error 404\) Your clipboard was not changed\.$/,
    );
    expect(await navigator.clipboard.readText()).toBe('previous');
  });

  it('gives up on a value that takes too long, instead of overwriting the clipboard later', async () => {
    vi.useFakeTimers();
    try {
      const { button } = renderButton(() => new Promise<string>(() => {}));
      // fireEvent, not user-event, whose own delays would wait on the faked timers.
      fireEvent.click(button);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(COPY_FETCH_TIMEOUT_MS);
      });
      expect(screen.getByRole('status')).toHaveTextContent(
        /^Copy failed: the value took longer than 10 seconds to arrive\./,
      );
    } finally {
      vi.useRealTimers();
    }
  });
});
