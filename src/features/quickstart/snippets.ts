/*
 * One cohesive thing, longer than most files on purpose: every snippet language's generator
 * beside the quoting rules that keep it inert (each backend value quoted for its language, or
 * the snippet refused), so that a new language or auth method is written next to the rules it
 * must follow. The property tests (snippets.property.test.ts) run each language's real parser.
 */
import { hasHiddenCharacters, markHiddenCharacters } from '../../lib/hidden-characters';
import type { Product } from '../products/api/product-queries';

export type SnippetLanguage = 'curl' | 'typescript' | 'python';
type AuthMethod = Product['auth'];
type ExampleRequest = NonNullable<Product['exampleRequest']>;

export const snippetLanguages: ReadonlyArray<{ id: SnippetLanguage; label: string }> = [
  { id: 'curl', label: 'curl' },
  { id: 'typescript', label: 'TypeScript' },
  { id: 'python', label: 'Python' },
];

/** Shown instead of the Secret until the admin reveals it. */
export const SECRET_PLACEHOLDER = '<your secret>';
const USERNAME_PLACEHOLDER = '<8x8 username>';
const PASSWORD_PLACEHOLDER = '<8x8 password>';

export interface SnippetInput {
  product: Product;
  /** A region id of `product.regions`; the first region when absent or unknown. */
  regionId?: string;
  key: string;
  /** The Secret, or null for the placeholder. */
  secret: string | null;
}

const defaultRequest: ExampleRequest = { method: 'GET', path: '' };

/** The base URL for a region: documented `{placeholders}` left in it become `<placeholders>`. */
export function regionalBaseUrl(product: Product, regionId?: string): string {
  const region =
    product.regions?.find((candidate) => candidate.id === regionId) ?? product.regions?.[0];
  return (region?.baseUrl ?? product.baseUrl).replace(/\{([^}]+)\}/g, '<$1>');
}

/** The full URL of the product's example request, in the chosen region. */
export function exampleUrl(product: Product, regionId?: string): string {
  const request = product.exampleRequest ?? defaultRequest;
  const query = new URLSearchParams(request.query ?? {}).toString();
  return `${regionalBaseUrl(product, regionId)}${request.path}${query ? `?${query}` : ''}`;
}

function lifetime(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} minutes` : `${seconds} seconds`;
}

/** The product's way of authenticating, in one sentence. */
export function describeAuth(auth: AuthMethod): string {
  switch (auth.type) {
    case 'oauth2-client-credentials': {
      const extra = auth.extraHeaders?.length
        ? `, with the ${auth.extraHeaders.map((header) => `${header}`).join(' and ')} header${auth.extraHeaders.length > 1 ? 's' : ''}`
        : '';
      return `OAuth2 client credentials: POST the Key and Secret as HTTP Basic auth with grant_type=client_credentials to ${auth.tokenUrl}, then send the token (valid for ${lifetime(auth.tokenLifetimeSeconds)}, no refresh token) as a Bearer token on every call${extra}.`;
    }
    case 'legacy-token':
      return `Legacy header pair: send the Key in the ${auth.keyHeader} header and a token issued by 8x8 on request in the ${auth.tokenHeader} header; the Secret is not used.`;
    case 'user-login':
      return `An 8x8 user's login: POST the Key in the ${auth.keyHeader} header with the user's ${auth.usernameField ?? 'username'} and ${auth.passwordField ?? 'password'} to ${auth.tokenUrl}, then send the token as a Bearer token together with ${auth.keyHeader} on every call; the Secret is not used.`;
    case 'api-key':
      return `API key: send the Key in the ${auth.keyHeader} header on every call; the Secret is not used.`;
  }
}

/** Whether the snippets of this product carry the Secret (when it is revealed). */
export function usesSecret(product: Product): boolean {
  return product.auth.usesSecret;
}

/**
 * The headers of the data call, besides the bearer token where there is one; `isKey` marks the
 * Key's header, which the code snippets fill from their `key` variable. (Marked, not found by
 * comparing values: a hint that happened to equal the Key would have become the Key.)
 */
function dataHeaders(auth: AuthMethod, key: string): Array<[string, string, boolean]> {
  switch (auth.type) {
    case 'oauth2-client-credentials':
      return (auth.extraHeaders ?? []).map((header) => [
        header,
        auth.extraHeaderHints?.[header] ?? `<${header}>`,
        false,
      ]);
    case 'legacy-token':
      return [
        [auth.keyHeader, key, true],
        [auth.tokenHeader, auth.tokenHint ?? '<token>', false],
      ];
    case 'user-login':
    case 'api-key':
      return [[auth.keyHeader, key, true]];
  }
}

const hasBearer = (auth: AuthMethod) =>
  auth.type === 'oauth2-client-credentials' || auth.type === 'user-login';

// Everything below comes from the backend (the catalog, the App's Key and Secret) and is pasted
// into a terminal or a source file by an admin who trusts it: each value is quoted for its
// language, and what a language cannot quote is refused (snippetRefusal) rather than written.

/**
 * A string in single quotes for a POSIX shell: nothing inside is special but the quote itself,
 * written `'\''`. A line break would survive quoting but not a reader's eye, so curl snippets
 * refuse values with hidden characters (snippetRefusal) instead.
 */
const sh = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

// JSON.stringify leaves DEL, the C1 controls, format characters (bidi overrides: "Trojan Source",
// CVE-2021-42574) and U+2028/U+2029 as they are; these are escaped too, so that no literal holds
// a character the reader cannot see. (Lone surrogates JSON.stringify escapes itself, as of ES2019.)
const UNESCAPED_HIDDEN = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu;
const hex = (code: number, width: number) => code.toString(16).padStart(width, '0');

/**
 * `json` with each such character escaped. JSON and JavaScript read a character beyond U+FFFF
 * from its surrogate pair `\ud834\udd73`; Python would read two lone surrogates from that, and
 * needs `\U0001d173`.
 */
function escapeHidden(json: string, astral: 'surrogates' | 'python'): string {
  return json.replace(UNESCAPED_HIDDEN, (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0xffff) return `\\u${hex(code, 4)}`;
    if (astral === 'python') return `\\U${hex(code, 8)}`;
    return char
      .split('')
      .map((unit) => `\\u${hex(unit.charCodeAt(0), 4)}`)
      .join('');
  });
}

/** JSON text with every invisible character escaped: a JSON body, and a JavaScript literal. */
const jsonText = (value: unknown) => escapeHidden(JSON.stringify(value), 'surrogates');
/** A TypeScript string literal. */
const lit = (value: string) => jsonText(value);
/** A Python string literal: JSON's escapes mean the same in Python, but for astral characters. */
const pyLit = (value: string) => escapeHidden(JSON.stringify(value), 'python');

/** Backend text in a comment: a line break (or U+2028 in JavaScript) would end the comment. */
const comment = (text: string) => markHiddenCharacters(text);

function pythonLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'None';
  if (typeof value === 'string') return pyLit(value);
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([name, item]) => `${pyLit(name)}: ${pythonLiteral(item)}`)
    .join(', ')}}`;
}

/** An HTTP method as curl's -X and requests take it: capital letters only, so never quoted. */
const METHOD = /^[A-Z]+$/;
/** An HTTP header name: RFC 9110 token characters only. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** An https URL of visible ASCII: no spaces, no line breaks, no lookalike letters. */
const SAFE_URL = /^https:\/\/[\x21-\x7e]+$/;

/** `“value”`, with hidden characters shown, for a note about a backend value. */
const shown = (value: string) => `“${markHiddenCharacters(value)}”`;

function headerNames(auth: AuthMethod): string[] {
  switch (auth.type) {
    case 'oauth2-client-credentials':
      return auth.extraHeaders ?? [];
    case 'legacy-token':
      return [auth.keyHeader, auth.tokenHeader];
    case 'user-login':
    case 'api-key':
      return [auth.keyHeader];
  }
}

/**
 * Why no `language` snippet is offered for this input, in a sentence, or null when it is safe to
 * write one. A method, a header name or a URL must have the shape of one: quoting would keep it
 * inert, but the snippet would not do what it says. In curl, values with hidden characters are
 * refused too, since single quotes cannot escape them; TypeScript and Python escape them.
 */
export function snippetRefusal(language: SnippetLanguage, input: SnippetInput): string | null {
  const { product, regionId, key, secret } = input;
  const { auth } = product;
  const request = product.exampleRequest ?? defaultRequest;
  if (typeof request.method !== 'string' || !METHOD.test(request.method)) {
    return `The catalog gives the example request the method ${shown(String(request.method))}, which is not an HTTP method.`;
  }
  for (const name of headerNames(auth)) {
    if (typeof name !== 'string' || !HEADER_NAME.test(name)) {
      return `The catalog names a header ${shown(String(name))}, which is not a valid header name.`;
    }
  }
  const urls = [exampleUrl(product, regionId)];
  if (auth.type === 'oauth2-client-credentials' || auth.type === 'user-login') {
    urls.push(auth.tokenUrl);
  }
  for (const url of urls) {
    if (typeof url !== 'string' || !SAFE_URL.test(url) || !URL.canParse(url)) {
      return `The catalog gives the URL ${shown(String(url))}, which is not a plain https URL.`;
    }
  }
  if (
    auth.type === 'oauth2-client-credentials' &&
    !Number.isSafeInteger(auth.tokenLifetimeSeconds)
  ) {
    return 'The catalog gives a token lifetime that is not a whole number of seconds.';
  }
  if (language !== 'curl') return null;
  const values: Array<[string, string | undefined | null]> = [
    ['The Key', key],
    ['The Secret', usesSecret(product) ? secret : null],
  ];
  for (const [, value] of dataHeaders(auth, key)) values.push(['A header value', value]);
  if (auth.type === 'user-login') {
    values.push(['A form field', auth.usernameField], ['A form field', auth.passwordField]);
  }
  for (const [what, value] of values) {
    if (typeof value === 'string' && hasHiddenCharacters(value)) {
      return `${what} holds a line break or another invisible character, which a shell command cannot show safely: use the TypeScript or Python snippet.`;
    }
  }
  return null;
}

/** Thrown by generateSnippet when snippetRefusal refuses: unsafe code is never returned. */
export class SnippetRefusedError extends Error {}

function curlSnippet({ product, regionId, key, secret }: SnippetInput): string {
  const { auth } = product;
  const request = product.exampleRequest ?? defaultRequest;
  const lines: string[] = [`# ${comment(product.name)}`];
  if (auth.type === 'oauth2-client-credentials') {
    lines.push(
      `# 1. Exchange the Key and Secret for an access token (valid for ${comment(lifetime(auth.tokenLifetimeSeconds))}).`,
      '#    -u sends them as Authorization: Basic base64(Key:Secret).',
      `TOKEN=$(curl -s -X POST ${sh(auth.tokenUrl)} \\`,
      `  -u ${sh(`${key}:${secret ?? SECRET_PLACEHOLDER}`)} \\`,
      `  -d 'grant_type=client_credentials' | jq -r '.access_token')`,
      '# 2. Call the API with the token.',
    );
  } else if (auth.type === 'user-login') {
    lines.push(
      '# 1. Log in as an 8x8 user with the Key (the Secret is not used).',
      `TOKEN=$(curl -s -X POST ${sh(auth.tokenUrl)} \\`,
      `  -H ${sh(`${auth.keyHeader}: ${key}`)} \\`,
      `  --data-urlencode ${sh(`${auth.usernameField ?? 'username'}=${USERNAME_PLACEHOLDER}`)} \\`,
      `  --data-urlencode ${sh(`${auth.passwordField ?? 'password'}=${PASSWORD_PLACEHOLDER}`)} | jq -r '.access_token')`,
      '# 2. Call the API with the token and the Key.',
    );
  } else {
    lines.push('# The Secret is not used.');
  }
  const args = [`curl -X ${request.method} ${sh(exampleUrl(product, regionId))}`];
  if (hasBearer(auth)) args.push('-H "Authorization: Bearer $TOKEN"');
  for (const [name, value] of dataHeaders(auth, key)) args.push(`-H ${sh(`${name}: ${value}`)}`);
  if (request.body) {
    args.push(`-H 'Content-Type: application/json'`, `-d ${sh(jsonText(request.body))}`);
  }
  lines.push(args.join(' \\\n  '));
  return `${lines.join('\n')}\n`;
}

function typescriptSnippet({ product, regionId, key, secret }: SnippetInput): string {
  const { auth } = product;
  const request = product.exampleRequest ?? defaultRequest;
  const lines: string[] = [
    `// ${comment(product.name)} (Node 18+ or a browser; an ES module, for top-level await)`,
    `const key = ${lit(key)};`,
  ];
  if (auth.type === 'oauth2-client-credentials') {
    lines.push(
      `const secret = ${lit(secret ?? SECRET_PLACEHOLDER)};`,
      '',
      `// 1. Exchange the Key and Secret for an access token (valid for ${comment(lifetime(auth.tokenLifetimeSeconds))}).`,
      `const tokenResponse = await fetch(${lit(auth.tokenUrl)}, {`,
      "  method: 'POST',",
      '  headers: {',
      '    Authorization: `Basic ${btoa(`${key}:${secret}`)}`,',
      "    'Content-Type': 'application/x-www-form-urlencoded',",
      '  },',
      "  body: new URLSearchParams({ grant_type: 'client_credentials' }),",
      '});',
      'const { access_token: accessToken } = await tokenResponse.json();',
      '',
      '// 2. Call the API with the token.',
    );
  } else if (auth.type === 'user-login') {
    lines.push(
      '',
      '// 1. Log in as an 8x8 user with the Key (the Secret is not used).',
      `const tokenResponse = await fetch(${lit(auth.tokenUrl)}, {`,
      "  method: 'POST',",
      `  headers: { ${lit(auth.keyHeader)}: key, 'Content-Type': 'application/x-www-form-urlencoded' },`,
      '  body: new URLSearchParams({',
      `    ${lit(auth.usernameField ?? 'username')}: ${lit(USERNAME_PLACEHOLDER)},`,
      `    ${lit(auth.passwordField ?? 'password')}: ${lit(PASSWORD_PLACEHOLDER)},`,
      '  }),',
      '});',
      'const { access_token: accessToken } = await tokenResponse.json();',
      '',
      '// 2. Call the API with the token and the Key.',
    );
  } else {
    lines.push('', '// The Secret is not used.');
  }
  const headers: string[] = [];
  if (hasBearer(auth)) headers.push('Authorization: `Bearer ${accessToken}`');
  for (const [name, value, isKey] of dataHeaders(auth, key)) {
    headers.push(`${lit(name)}: ${isKey ? 'key' : lit(value)}`);
  }
  if (request.body) headers.push("'Content-Type': 'application/json'");
  lines.push(
    `const response = await fetch(${lit(exampleUrl(product, regionId))}, {`,
    `  method: ${lit(request.method)},`,
    `  headers: { ${headers.join(', ')} },`,
  );
  if (request.body) lines.push(`  body: JSON.stringify(${jsonText(request.body)}),`);
  lines.push('});', 'console.log(response.status, await response.text());');
  return `${lines.join('\n')}\n`;
}

const REQUESTS_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

function pythonSnippet({ product, regionId, key, secret }: SnippetInput): string {
  const { auth } = product;
  const request = product.exampleRequest ?? defaultRequest;
  // `import requests` first: Python reads a `coding:` declaration from a comment on line 1 or 2,
  // and a product named `coding: utf-7` would have the rest decoded as UTF-7 (`+AAo-` a newline).
  const lines: string[] = [
    'import requests',
    '',
    `# ${comment(product.name)}`,
    `key = ${pyLit(key)}`,
  ];
  if (auth.type === 'oauth2-client-credentials') {
    lines.push(
      `secret = ${pyLit(secret ?? SECRET_PLACEHOLDER)}`,
      '',
      `# 1. Exchange the Key and Secret for an access token (valid for ${comment(lifetime(auth.tokenLifetimeSeconds))}).`,
      '#    auth=(key, secret) sends them as Authorization: Basic base64(Key:Secret).',
      'token_response = requests.post(',
      `    ${pyLit(auth.tokenUrl)},`,
      '    auth=(key, secret),',
      '    data={"grant_type": "client_credentials"},',
      ')',
      'access_token = token_response.json()["access_token"]',
      '',
      '# 2. Call the API with the token.',
    );
  } else if (auth.type === 'user-login') {
    lines.push(
      '',
      '# 1. Log in as an 8x8 user with the Key (the Secret is not used).',
      'token_response = requests.post(',
      `    ${pyLit(auth.tokenUrl)},`,
      `    headers={${pyLit(auth.keyHeader)}: key},`,
      `    data={${pyLit(auth.usernameField ?? 'username')}: ${pyLit(USERNAME_PLACEHOLDER)}, ${pyLit(auth.passwordField ?? 'password')}: ${pyLit(PASSWORD_PLACEHOLDER)}},`,
      ')',
      'access_token = token_response.json()["access_token"]',
      '',
      '# 2. Call the API with the token and the Key.',
    );
  } else {
    lines.push('', '# The Secret is not used.');
  }
  const headers: string[] = [];
  if (hasBearer(auth)) headers.push('"Authorization": f"Bearer {access_token}"');
  for (const [name, value, isKey] of dataHeaders(auth, key)) {
    headers.push(`${pyLit(name)}: ${isKey ? 'key' : pyLit(value)}`);
  }
  lines.push(
    // The method is capital letters only (snippetRefusal); requests has a function for each of these.
    REQUESTS_METHODS.has(request.method)
      ? `response = requests.${request.method.toLowerCase()}(`
      : `response = requests.request(${pyLit(request.method)},`,
    `    ${pyLit(exampleUrl(product, regionId))},`,
    `    headers={${headers.join(', ')}},`,
  );
  if (request.body) lines.push(`    json=${pythonLiteral(request.body)},`);
  lines.push(')', 'print(response.status_code, response.text)');
  return `${lines.join('\n')}\n`;
}

/** A ready-to-run snippet for one product, generated only from its catalog entry. */
export function generateSnippet(language: SnippetLanguage, input: SnippetInput): string {
  const refusal = snippetRefusal(language, input);
  if (refusal !== null) throw new SnippetRefusedError(refusal);
  switch (language) {
    case 'curl':
      return curlSnippet(input);
    case 'typescript':
      return typescriptSnippet(input);
    case 'python':
      return pythonSnippet(input);
  }
}

/** Thrown by envFile for a value a .env file cannot hold safely. */
export class EnvFileRefusedError extends Error {}

/**
 * `.env` lines with the App's credentials, each value in single quotes. A shell that sources the
 * file (`set -a; . ./.env`), Node's dotenv and python-dotenv all read a single-quoted value
 * literally, but not alike once it holds a quote or a backslash (python-dotenv unescapes `\'`
 * and `\\`, dotenv ends the value at the quote), and a line break would start a line of its own:
 * such a value is refused, with a reason the admin can act on, rather than written ambiguously.
 */
export function envFile(key: string, secret: string): string {
  const line = (name: string, what: string, value: string) => {
    if (hasHiddenCharacters(value) || /['\\]/.test(value)) {
      throw new EnvFileRefusedError(
        `${what} holds a quote, a backslash, a line break or another invisible character, which a .env file cannot hold safely: copy it on its own instead.`,
      );
    }
    return `${name}='${value}'\n`;
  };
  return line('EIGHTX8_KEY', 'The Key', key) + line('EIGHTX8_SECRET', 'The Secret', secret);
}
