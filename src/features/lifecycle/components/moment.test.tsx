import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render';
import { Moment } from './moment';

const AT = '2026-03-04T05:06:07Z';

describe('Moment', () => {
  it('is a Tab stop of its own by default, with the exact time for screen readers', () => {
    render(<Moment at={AT} now={Date.parse('2026-03-04T08:06:07Z')} />);
    const time = screen.getByText('3 hours ago', { exact: false });
    expect(time).toHaveAttribute('tabindex', '0');
    expect(time).toHaveAttribute('datetime', AT);
    expect(time).toHaveTextContent(/^3 hours ago \(.+UTC\)$/);
  });

  it('is no Tab stop where its row shows the exact time instead, and still reads it out', () => {
    render(<Moment at={AT} now={Date.parse('2026-03-04T08:06:07Z')} focusable={false} />);
    const time = screen.getByText('3 hours ago', { exact: false });
    expect(time).not.toHaveAttribute('tabindex');
    expect(time).toHaveTextContent(/^3 hours ago \(.+UTC\)$/);
  });
});

describe('The App list’s Last used', { timeout: 20_000 }, () => {
  it('adds no Tab stop to a row: from the name, Tab goes to the row’s eyeball', async () => {
    const { user } = renderApp('/api-keys');
    const name = await screen.findByRole('link', { name: 'Audit-Trail-SIEM' });
    const row = screen.getByRole('row', { name: /Audit-Trail-SIEM/ });
    // The usage column is there (the lifecycle's part of the list loads on first use).
    await within(row).findByText(/ ago/);

    name.focus();
    await user.tab();
    expect(
      within(row).getByRole('button', { name: 'Show credentials for Audit-Trail-SIEM' }),
    ).toHaveFocus();
  });
});
