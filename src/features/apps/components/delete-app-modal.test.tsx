import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../testing/factories';
import { renderWithProviders } from '../../../testing/render';
import { DeleteAppModal } from './delete-app-modal';

// An App name from a backend that does not check the contract: U+202E reverses everything after
// it in the same paragraph, so without isolation "Type Payroll… to confirm" reads
// "Type Payrollmrifnoc ot".
const RLO_NAME = 'Payroll\u202e-Export';

describe('The delete dialog with a name holding a right-to-left override', () => {
  it('keeps its own words in order, its accessible names exact, and warns of the name', async () => {
    const app = buildApp({ name: RLO_NAME });
    renderWithProviders(
      <DeleteAppModal app={app} opened onClose={() => undefined} onDeleted={() => undefined} />,
    );
    // The names of product spec §3, character for character: no isolation marks added to them.
    const dialog = await screen.findByRole('dialog', { name: `Delete app ${RLO_NAME}?` });
    const field = within(dialog).getByRole('textbox', { name: `Type ${RLO_NAME} to confirm` });

    // Visibly, the name and only the name sits in a <bdi> (exact text), in the title, the
    // field's label and the sentence; the console's words are outside it, in order.
    const title = within(dialog).getByRole('heading', { name: `Delete app ${RLO_NAME}?` });
    expect(within(title).getByText(RLO_NAME, { selector: 'bdi' })).toBeInTheDocument();
    expect(title).toHaveTextContent(`Delete app ${RLO_NAME}?`);
    expect(within(dialog).getByText(RLO_NAME, { selector: 'label bdi' })).toBeInTheDocument();
    expect(field).toHaveAccessibleName(`Type ${RLO_NAME} to confirm`);
    expect(within(dialog).getByText(RLO_NAME, { selector: 'strong bdi' })).toBeInTheDocument();

    expect(within(dialog).getByText('This name contains hidden characters')).toBeInTheDocument();
    expect(within(dialog).getByText('Payroll⟨U+202E⟩-Export')).toBeInTheDocument();
  });

  it('shows no warning for an ordinary name', async () => {
    const app = buildApp({ name: 'Payroll-Export' });
    renderWithProviders(
      <DeleteAppModal app={app} opened onClose={() => undefined} onDeleted={() => undefined} />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete app Payroll-Export?' });
    expect(within(dialog).queryByText('This name contains hidden characters')).toBeNull();
  });
});
