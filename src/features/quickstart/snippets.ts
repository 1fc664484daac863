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

/** The headers of the data call, besides the bearer token where there is one. */
function dataHeaders(auth: AuthMethod, key: string): Array<[string, string]> {
  switch (auth.type) {
    case 'oauth2-client-credentials':
      return (auth.extraHeaders ?? []).map((header) => [
        header,
        auth.extraHeaderHints?.[header] ?? `<${header}>`,
      ]);
    case 'legacy-token':
      return [
        [auth.keyHeader, key],
        [auth.tokenHeader, auth.tokenHint ?? '<token>'],
      ];
    case 'user-login':
      return [[auth.keyHeader, key]];
    case 'api-key':
      return [[auth.keyHeader, key]];
  }
}

const hasBearer = (auth: AuthMethod) =>
  auth.type === 'oauth2-client-credentials' || auth.type === 'user-login';

/** A string in single quotes for a POSIX shell. */
const sh = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;
/** A string literal for TypeScript and Python alike (JSON's escapes are valid in both). */
const lit = (value: string) => JSON.stringify(value);

function pythonLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number' || typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([name, item]) => `${JSON.stringify(name)}: ${pythonLiteral(item)}`)
    .join(', ')}}`;
}

function curlSnippet({ product, regionId, key, secret }: SnippetInput): string {
  const { auth } = product;
  const request = product.exampleRequest ?? defaultRequest;
  const lines: string[] = [`# ${product.name}`];
  if (auth.type === 'oauth2-client-credentials') {
    lines.push(
      `# 1. Exchange the Key and Secret for an access token (valid for ${lifetime(auth.tokenLifetimeSeconds)}).`,
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
    args.push(`-H 'Content-Type: application/json'`, `-d ${sh(JSON.stringify(request.body))}`);
  }
  lines.push(args.join(' \\\n  '));
  return `${lines.join('\n')}\n`;
}

function typescriptSnippet({ product, regionId, key, secret }: SnippetInput): string {
  const { auth } = product;
  const request = product.exampleRequest ?? defaultRequest;
  const lines: string[] = [
    `// ${product.name} (Node 18+ or a browser; an ES module, for top-level await)`,
    `const key = ${lit(key)};`,
  ];
  if (auth.type === 'oauth2-client-credentials') {
    lines.push(
      `const secret = ${lit(secret ?? SECRET_PLACEHOLDER)};`,
      '',
      `// 1. Exchange the Key and Secret for an access token (valid for ${lifetime(auth.tokenLifetimeSeconds)}).`,
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
  for (const [name, value] of dataHeaders(auth, key)) {
    headers.push(`${lit(name)}: ${value === key ? 'key' : lit(value)}`);
  }
  if (request.body) headers.push("'Content-Type': 'application/json'");
  lines.push(
    `const response = await fetch(${lit(exampleUrl(product, regionId))}, {`,
    `  method: ${lit(request.method)},`,
    `  headers: { ${headers.join(', ')} },`,
  );
  if (request.body) lines.push(`  body: JSON.stringify(${JSON.stringify(request.body)}),`);
  lines.push('});', 'console.log(response.status, await response.text());');
  return `${lines.join('\n')}\n`;
}

function pythonSnippet({ product, regionId, key, secret }: SnippetInput): string {
  const { auth } = product;
  const request = product.exampleRequest ?? defaultRequest;
  const lines: string[] = [`# ${product.name}`, 'import requests', '', `key = ${lit(key)}`];
  if (auth.type === 'oauth2-client-credentials') {
    lines.push(
      `secret = ${lit(secret ?? SECRET_PLACEHOLDER)}`,
      '',
      `# 1. Exchange the Key and Secret for an access token (valid for ${lifetime(auth.tokenLifetimeSeconds)}).`,
      '#    auth=(key, secret) sends them as Authorization: Basic base64(Key:Secret).',
      'token_response = requests.post(',
      `    ${lit(auth.tokenUrl)},`,
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
      `    ${lit(auth.tokenUrl)},`,
      `    headers={${lit(auth.keyHeader)}: key},`,
      `    data={${lit(auth.usernameField ?? 'username')}: ${lit(USERNAME_PLACEHOLDER)}, ${lit(auth.passwordField ?? 'password')}: ${lit(PASSWORD_PLACEHOLDER)}},`,
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
  for (const [name, value] of dataHeaders(auth, key)) {
    headers.push(`${lit(name)}: ${value === key ? 'key' : lit(value)}`);
  }
  lines.push(
    `response = requests.${request.method.toLowerCase()}(`,
    `    ${lit(exampleUrl(product, regionId))},`,
    `    headers={${headers.join(', ')}},`,
  );
  if (request.body) lines.push(`    json=${pythonLiteral(request.body)},`);
  lines.push(')', 'print(response.status_code, response.text)');
  return `${lines.join('\n')}\n`;
}

/** A ready-to-run snippet for one product, generated only from its catalog entry. */
export function generateSnippet(language: SnippetLanguage, input: SnippetInput): string {
  switch (language) {
    case 'curl':
      return curlSnippet(input);
    case 'typescript':
      return typescriptSnippet(input);
    case 'python':
      return pythonSnippet(input);
  }
}

/** `.env` lines with the App's credentials. */
export function envFile(key: string, secret: string): string {
  return `EIGHTX8_KEY=${key}\nEIGHTX8_SECRET=${secret}\n`;
}
