import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../testing/factories';
import { renderWithProviders } from '../../../testing/render';
import { RegenerateSecretModal } from './regenerate-secret-modal';

// U+202E (right-to-left override) would reverse the dialog's words after the name.
const RLO_NAME = 'Payroll\u202e-Export';

describe('The regenerate dialog with a name holding a right-to-left override', () => {
  it('keeps its own words in order and its accessible names exact', async () => {
    const app = buildApp({ name: RLO_NAME });
    const { user } = renderWithProviders(
      <RegenerateSecretModal
        app={app}
        opened
        onClose={() => undefined}
        onRegenerated={() => undefined}
      />,
    );
    const dialog = await screen.findByRole('dialog', {
      name: `Regenerate secret for ${RLO_NAME}?`,
    });
    const title = within(dialog).getByRole('heading', {
      name: `Regenerate secret for ${RLO_NAME}?`,
    });
    expect(within(title).getByText(RLO_NAME, { selector: 'bdi' })).toBeInTheDocument();
    expect(title).toHaveTextContent(`Regenerate secret for ${RLO_NAME}?`);

    await user.click(within(dialog).getByRole('radio', { name: 'No, stop it now' }));
    const field = within(dialog).getByRole('textbox', { name: `Type ${RLO_NAME} to confirm` });
    expect(field).toHaveAccessibleName(`Type ${RLO_NAME} to confirm`);
    expect(within(dialog).getByText(RLO_NAME, { selector: 'label bdi' })).toBeInTheDocument();
  });
});
