import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockDb } from '../../../mocks/node';
import { renderApp } from '../../../testing/render';

// Generating 100,000 Apps takes a few seconds on a busy machine, and so may the first answer.
const LARGE = { timeout: 60_000 };
const PATIENT = { timeout: 15_000 };

describe('List pagination', () => {
  it(
    'shows totals with thousands separators and reaches the last page and back',
    LARGE,
    async () => {
      mockDb.loadDataSet('100k');
      const { user, router } = renderApp('/api-keys');
      expect(
        await screen.findByText('Showing 1–10 of 100,000 Apps', {}, PATIENT),
      ).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Last page' }));
      await waitFor(() => expect(router.state.location.search).toBe('?page=10000'), PATIENT);
      expect(
        await screen.findByText('Showing 99,991–100,000 of 100,000 Apps', {}, PATIENT),
      ).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'First page' }));
      await waitFor(() => expect(router.state.location.search).toBe(''), PATIENT);
      expect(
        await screen.findByText('Showing 1–10 of 100,000 Apps', {}, PATIENT),
      ).toBeInTheDocument();
    },
  );

  it('jumps to a typed page, and keeps a page out of range with a message', LARGE, async () => {
    mockDb.loadDataSet('100k');
    const { user, router } = renderApp('/api-keys?size=100');
    const goTo = await screen.findByRole('spinbutton', { name: 'Go to page' }, PATIENT);

    await user.type(goTo, '1001');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(
      await screen.findByText('Enter a page from 1 to 1,000.', {}, PATIENT),
    ).toBeInTheDocument();
    expect(goTo).toHaveValue(1001);
    expect(goTo).toHaveAttribute('aria-invalid', 'true');

    await user.clear(goTo);
    await user.type(goTo, '750{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?page=750&size=100'), PATIENT);
    expect(
      await screen.findByText('Showing 74,901–75,000 of 100,000 Apps', {}, PATIENT),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Enter a page/)).not.toBeInTheDocument();
  });

  it('shows the last page instead of a page past the end', LARGE, async () => {
    const { router } = renderApp('/api-keys?page=9');
    expect(await screen.findByText('Showing 11–12 of 12 Apps', {}, PATIENT)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
  });
});
