import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-error';
import { renderWithProviders } from '../testing/render';
import { BackendText } from './backend-text';
import { HiddenCharactersWarning } from './hidden-characters-warning';
import { ErrorState } from './error-state';

// The hostile tester's name: with U+202E (right-to-left override) the rest of a sentence after
// it reads backwards, "Type <name> to confirm" showing as "Type Payrollmrifnoc ot".
const RLO_NAME = 'Payroll\u202e-Export';

describe('BackendText', () => {
  it('puts the text in a <bdi> and adds no character to it', () => {
    renderWithProviders(
      <p>
        Type <BackendText text={RLO_NAME} /> to confirm
      </p>,
    );
    // The name, and only the name, is in the isolate; the console's words are outside it, in order.
    expect(screen.getByText(RLO_NAME, { selector: 'bdi' })).toBeInTheDocument();
    expect(screen.getByText(/^Type/, { selector: 'p' })).toHaveTextContent(
      `Type ${RLO_NAME} to confirm`,
      { normalizeWhitespace: false },
    );
  });

  it('shows hidden characters as markers when asked', () => {
    renderWithProviders(<BackendText text={'a\u200bb\u202ec\ufeff'} showHidden />);
    expect(screen.getByText('a⟨U+200B⟩b⟨U+202E⟩c⟨U+FEFF⟩').tagName).toBe('BDI');
  });
});

describe('HiddenCharactersWarning', () => {
  it('warns of a name with a bidi override, and shows what it holds', () => {
    renderWithProviders(<HiddenCharactersWarning name={RLO_NAME} />);
    expect(screen.getByText('This name contains hidden characters')).toBeInTheDocument();
    expect(screen.getByText('Payroll⟨U+202E⟩-Export')).toBeInTheDocument();
  });

  it.each(['Payroll', 'Ünïcode-name', 'a.b_c-d'])('says nothing of %j', (name) => {
    renderWithProviders(<HiddenCharactersWarning name={name} />);
    expect(screen.queryByText('This name contains hidden characters')).not.toBeInTheDocument();
  });
});

describe("ErrorState and the server's detail", () => {
  it('isolates the detail within its sentence', () => {
    const detail = `An App named ${RLO_NAME} already exists.`;
    renderWithProviders(
      <ErrorState
        title="Could not save"
        error={new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409, detail })}
        followUp="Nothing was saved."
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(detail, { selector: 'bdi' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(`${detail} (error 409) Nothing was saved.`);
  });
});
