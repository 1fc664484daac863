// With its extension: Node loads this file too (vite.config.ts, `npm run serve`).
import {
  RUNTIME_CONFIG_KEYS,
  type ConfigProblem,
  type RuntimeConfigKey,
} from './runtime-config-rules.ts';

/**
 * The words for what is wrong with a config.json: the key, the rule and the value, in one line an
 * operator can act on. Shared by the console's message page (loaded only when needed) and
 * `npm run serve`, which checks the same file before it starts.
 */

const EXAMPLES: Record<RuntimeConfigKey, string> = {
  apiBaseUrl: '/api/v1',
  signInUrl: '/sign-in',
};

/** Characters of a refused value shown: enough to recognise it, not a wall of text. */
const SHOWN = 120;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === '') return 'an empty string';
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

export function describeConfigProblem(problem: ConfigProblem): string {
  switch (problem.rule) {
    case 'object':
      return 'config.json must hold a JSON object, like {"apiBaseUrl": "/api/v1"}';
    case 'unreadable':
      return `config.json could not be read: ${problem.detail}`;
    case 'unknown-key':
      return `config.json: unknown key ${shown(problem.key)} (the keys are ${RUNTIME_CONFIG_KEYS.join(', ')})`;
    case 'credentials':
      // Not the value itself: it holds a password.
      return `config.json: ${problem.key} must not hold a user name or password`;
    case 'url':
    case 'http': {
      const rule = `config.json: ${problem.key} must be a path like ${EXAMPLES[problem.key]} or an https:// URL`;
      const onlyLocal =
        problem.rule === 'http' ? ' (http:// only when the console itself is on localhost)' : '';
      return `${rule}${onlyLocal}; got ${shown(problem.value)}`;
    }
  }
}
