import { describeConfigProblem } from './config-problems';
import type { ConfigProblem } from './runtime-config-rules';

/**
 * The full-page message shown instead of the console when `config.json` cannot be used (see
 * runtime-config.ts). Plain DOM, not React: it must not add to the entry's weight, and it runs
 * before React and the router exist; main.tsx loads it only when there is a problem. Reuses index.html's inline frame styles, so it needs no
 * stylesheet either. Every value goes in as text, never as HTML: the file may hold anything.
 */
export function showConfigErrorPage(problems: readonly ConfigProblem[]): void {
  const lines = problems.map(describeConfigProblem);
  const element = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    text?: string,
    className?: string,
  ) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const main = element('main', undefined, 'frame-main');
  const list = element('ul');
  list.append(...lines.map((line) => element('li', line)));
  main.append(
    element('h1', 'The console cannot start'),
    element('p', 'Its configuration file, config.json, cannot be used:'),
    list,
    element(
      'p',
      'The operator of this site must correct config.json on the web server; reload this page afterwards.',
    ),
  );
  document.title = 'Configuration error · API Keys';
  const root = document.getElementById('root') ?? document.body;
  root.replaceChildren(element('div', '8x8 Admin Console', 'frame-header'), main);
  // For the operator who opens the developer tools: the same words, in one place.
  console.error(lines.join('\n'));
}
