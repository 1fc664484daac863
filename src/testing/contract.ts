// The API contract (src/api/openapi.yaml) as an executable check of HTTP responses. The test
// setup runs every response the mock backend gives through it, so any integration test that
// meets a response drifting from the contract fails, and contract-conformance.test.ts exercises
// each operation on purpose.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { parse } from 'yaml';

// A string, not a `URL`: under jsdom the global URL is not Node's, which fileURLToPath rejects.
const CONTRACT_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../api/openapi.yaml',
);
const DOCUMENT_ID = 'https://api-keys-console.example/openapi.json';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PATH_PARAMETER = /^\{[^/{}]+\}$/;

type Json = Record<string, unknown>;

export interface ContractResponse {
  method: string;
  /** The request URL, absolute or a path; the contract's base path (`/api/v1`) is stripped. */
  url: string;
  status: number;
  /** The response's Content-Type header, or null when it has none. */
  contentType: string | null;
  /** The parsed JSON body, or undefined when the response has no body. */
  body: unknown;
}

export type ContractChecker = (response: ContractResponse) => string[];

/** The contract, parsed from YAML; the single source for the checker and for contract tests. */
export const contract = parse(readFileSync(CONTRACT_PATH, 'utf8')) as Json;

const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapePointer = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** An Ajv for the contract, with the formats it uses; also validates its examples (src/api). */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is not a dependency: simple checks for the formats the contract uses, so that
  // `format` still counts instead of being ignored.
  const dateTime = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (value) => dateTime.test(value) && !Number.isNaN(Date.parse(value)),
  });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('uri', {
    type: 'string',
    validate: (value) => {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
      try {
        new URL(value);
        return true;
      } catch {
        return false;
      }
    },
  });
  return ajv;
}

function formatAjvErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((error) => {
    const where = error.instancePath === '' ? 'body' : `body${error.instancePath}`;
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${String((error.params as { additionalProperty: unknown }).additionalProperty)})`
        : '';
    const schemaPath = error.schemaPath.replace(`${DOCUMENT_ID}#`, '#');
    return `${where} ${error.message ?? `fails ${error.keyword}`}${extra} [${schemaPath}]`;
  });
}

/** A checker of responses against an OpenAPI 3.1 document (by default, the API contract). */
export function createContractChecker(document: Json): ContractChecker {
  const ajv = createAjv();
  ajv.addSchema(document, DOCUMENT_ID);
  const validators = new Map<string, ValidateFunction>();

  /** A validator for the schema at a JSON pointer into the document (Ajv resolves its `$ref`s). */
  function validatorAt(pointer: string): ValidateFunction {
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  }

  function at(pointer: string): unknown {
    let node: unknown = document;
    for (const segment of pointer.split('/').slice(1).map(unescapePointer)) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Json)[segment];
    }
    return node;
  }

  /** Follows local `$ref`s from the object at `pointer`; returns the target and its pointer. */
  function resolve(pointer: string): { node: Json; pointer: string } | undefined {
    let current = pointer;
    for (let hops = 0; hops < 20; hops += 1) {
      const node = at(current);
      if (typeof node !== 'object' || node === null) return undefined;
      const ref = (node as Json).$ref;
      if (typeof ref !== 'string') return { node: node as Json, pointer: current };
      if (!ref.startsWith('#')) return undefined;
      current = ref.slice(1);
    }
    return undefined;
  }

  const servers = document.servers as Array<{ url?: string }> | undefined;
  const basePath = new URL(servers?.[0]?.url ?? '/', 'http://localhost').pathname.replace(
    /\/$/,
    '',
  );

  const pathTemplates = Object.keys((document.paths as Json | undefined) ?? {})
    .map((template) => {
      const segments = template.split('/').slice(1);
      const params = segments.filter((segment) => PATH_PARAMETER.test(segment)).length;
      return { template, segments, params };
    })
    // Literal segments win over parameters (`/apps/search` before `/apps/{appId}`).
    .sort((a, b) => a.params - b.params);

  function matchPathTemplate(path: string): string | undefined {
    const segments = path.split('/').slice(1);
    return pathTemplates.find(
      (candidate) =>
        candidate.segments.length === segments.length &&
        candidate.segments.every((segment, index) => {
          const actual = segments[index] ?? '';
          return PATH_PARAMETER.test(segment) ? actual.length > 0 : segment === actual;
        }),
    )?.template;
  }

  return (response) => {
    const method = response.method.toLowerCase();
    const { pathname } = new URL(response.url, 'http://localhost');
    if (!pathname.startsWith(`${basePath}/`)) {
      return [`${pathname} is not below the contract's base path ${basePath}`];
    }
    const template = matchPathTemplate(pathname.slice(basePath.length));
    if (!template) return [`no path of the contract matches ${pathname}`];
    const pathItem = resolve(`/paths/${escapePointer(template)}`);
    if (!HTTP_METHODS.includes(method) || !pathItem?.node[method]) {
      // The contract's description: a method a path does not define is 405, with a problem.
      if (pathItem && response.status === 405) {
        const type = response.contentType?.split(';')[0]?.trim().toLowerCase();
        if (type !== 'application/problem+json') return [`405 must be application/problem+json`];
        const validate = validatorAt('/components/schemas/Problem');
        return validate(response.body) ? [] : formatAjvErrors(validate);
      }
      return [`the contract has no ${method.toUpperCase()} ${template}`];
    }
    const operation = `${method.toUpperCase()} ${template}`;

    const responsesPointer = `${pathItem.pointer}/${method}/responses`;
    const responses = (at(responsesPointer) as Json | undefined) ?? {};
    const status = String(response.status);
    const statusKey = [status, `${status.charAt(0)}XX`, 'default'].find((key) => key in responses);
    if (!statusKey) {
      return [
        `status ${status} is not documented for ${operation} (documented: ${Object.keys(responses).join(', ')})`,
      ];
    }
    const declared = resolve(`${responsesPointer}/${escapePointer(statusKey)}`);
    if (!declared) return [`the response ${statusKey} of ${operation} cannot be resolved`];

    const content = (declared.node.content as Json | undefined) ?? {};
    const mediaTypes = Object.keys(content);
    const hasBody = response.body !== undefined;
    if (mediaTypes.length === 0) {
      return hasBody ? [`status ${status} must have no body, but it has one`] : [];
    }
    const actualType = response.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!mediaTypes.includes(actualType)) {
      return [
        `content type ${actualType || '(none)'} is not the documented ${mediaTypes.join(' or ')} for status ${status}`,
      ];
    }
    if (!(content[actualType] as Json | undefined)?.schema) return [];
    if (!hasBody) return [`status ${status} must have a ${actualType} body, but it has none`];
    const validate = validatorAt(`${declared.pointer}/content/${escapePointer(actualType)}/schema`);
    return validate(response.body) ? [] : formatAjvErrors(validate);
  };
}

/**
 * The ways a response breaks the API contract: unknown path or operation, undocumented status,
 * wrong content type, a body where none is documented or none where one is, or a body not
 * matching the schema. Empty when the response conforms.
 */
export const checkResponseAgainstContract: ContractChecker = createContractChecker(contract);

/** Reads a copy of a fetch `Response` (its body stays unread) and checks it against the contract. */
export async function checkFetchResponse(
  request: { method: string; url: string },
  response: Response,
  check: ContractChecker = checkResponseAgainstContract,
): Promise<string[]> {
  const text = await response.clone().text();
  const contentType = response.headers.get('Content-Type');
  let body: unknown;
  if (text !== '') {
    const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!/^application\/([\w.-]+\+)?json$/.test(mediaType)) {
      body = text;
    } else {
      try {
        body = JSON.parse(text);
      } catch {
        return [`the ${mediaType} body is not valid JSON: ${text.slice(0, 80)}`];
      }
    }
  }
  return check({
    method: request.method,
    url: request.url,
    status: response.status,
    contentType,
    body,
  });
}
