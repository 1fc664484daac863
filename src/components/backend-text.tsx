import { Alert, Text } from '@mantine/core';
import { IconEyeExclamation } from '@tabler/icons-react';
import { hasHiddenCharacters, markHiddenCharacters } from '../lib/hidden-characters';
import classes from './backend-text.module.css';

interface BackendTextProps {
  text: string;
  /** Hidden characters shown as markers (`⟨U+202E⟩`): where the admin must see what is there. */
  showHidden?: boolean;
}

/**
 * Text from the backend (an App name, a product name, a server's `detail`) inside the console's
 * own sentence. In a `<bdi>`, a right-to-left override in it reorders only itself, never the
 * words around it ("Type <name> to confirm" keeps its order). A `<bdi>` adds no
 * characters, so accessible names built around it are unchanged.
 */
export function BackendText({ text, showHidden = false }: BackendTextProps) {
  return <bdi className={classes.text}>{showHidden ? markHiddenCharacters(text) : text}</bdi>;
}

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
    >
      <Text size="sm">
        With them made visible it reads <BackendText text={name} showHidden />. Characters like
        these can make a name look like another, or reverse the text after it.
      </Text>
    </Alert>
  );
}
