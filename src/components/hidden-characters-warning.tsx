import { Alert, Text } from '@mantine/core';
import { IconEyeExclamation } from '@tabler/icons-react';
import { hasHiddenCharacters } from '../lib/hidden-characters';
import { BackendText } from './backend-text';

/**
 * Beside an App name holding invisible or bidi-control characters: what it really holds, since
 * such a name can pass for another one (`Payroll` with a U+200B is not `Payroll`).
 */
export function HiddenCharactersWarning({ name }: { name: string }) {
  if (!hasHiddenCharacters(name)) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconEyeExclamation aria-hidden />}
      title="This name contains hidden characters"
      // A note beside the name, not an alert: it is no news, and must not be announced as one.
      role="note"
    >
      <Text size="sm">
        With them made visible it reads <BackendText text={name} showHidden />. Characters like
        these can make a name look like another, or reverse the text after it.
      </Text>
    </Alert>
  );
}
