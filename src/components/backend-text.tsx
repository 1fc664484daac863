import { markHiddenCharacters } from '../lib/hidden-characters';
import classes from './backend-text.module.css';

interface BackendTextProps {
  text: string;
  /** Hidden characters shown as markers (`⟨U+202E⟩`): where the admin must see what is there. */
  showHidden?: boolean;
}

// Tiny on purpose: the list's rows and cards use it, in the first load. The warning beside a name
// with hidden characters lives in hidden-characters-warning.tsx, used only in lazily loaded views.

/**
 * Text from the backend (an App name, a product name, a server's `detail`) inside the console's
 * own sentence. In a `<bdi>`, a right-to-left override in it reorders only itself, never the
 * words around it ("Type <name> to confirm" keeps its order). A `<bdi>` adds no
 * characters, so accessible names built around it are unchanged.
 */
export function BackendText({ text, showHidden = false }: BackendTextProps) {
  return <bdi className={classes.text}>{showHidden ? markHiddenCharacters(text) : text}</bdi>;
}
