import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Hint } from './hint';

describe('Hint', () => {
  it('shows on hover, hides on leave, and describes its element', async () => {
    const user = userEvent.setup();
    render(
      <Hint label="Contact Search, Audit Records" multiline>
        <button type="button">Contact Search, Au…</button>
      </Hint>,
    );
    const target = screen.getByRole('button', { name: 'Contact Search, Au…' });
    expect(target).toHaveAccessibleDescription('Contact Search, Audit Records');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.hover(target);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Contact Search, Audit Records');
    await user.unhover(target);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows on keyboard focus and hides on Escape, letting Escape through', async () => {
    const user = userEvent.setup();
    let escapes = 0;
    render(
      <div onKeyDown={(event) => event.key === 'Escape' && escapes++} role="presentation">
        <Hint label="Copy key">
          <button type="button" aria-label="Copy key">
            ⧉
          </button>
        </Hint>
      </div>,
    );
    const button = screen.getByRole('button', { name: 'Copy key' });
    // Named by the same words: no description repeating them.
    expect(button).not.toHaveAttribute('aria-describedby');

    await user.tab();
    expect(button).toHaveFocus();
    expect(screen.getByRole('tooltip', { name: 'Copy key' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(escapes).toBe(1);
  });
});
