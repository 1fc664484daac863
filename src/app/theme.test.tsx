import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../lib/query-client';
import { AppProviders } from './providers';

describe('theme defaults', () => {
  it('gives every notification a labelled close button', async () => {
    const user = userEvent.setup();
    render(
      <AppProviders queryClient={createQueryClient()} mantineEnv="test">
        <Button onClick={() => notifications.show({ message: 'Saved' })}>Notify</Button>
      </AppProviders>,
    );
    await user.click(screen.getByRole('button', { name: 'Notify' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dismiss notification' })).toBeInTheDocument();
  });
});
