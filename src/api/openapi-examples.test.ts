// The contract as a product for backend teams: every operation documented, 401 everywhere, and a
// realistic example for every request and response body and declared header, each valid against
// its own schema (Spectral checks media examples too, but not header ones, and only as a lint).
import { describe, expect, it } from 'vitest';
import { contract, createAjv } from '../testing/contract';

type Json = Record<string, unknown>;
const DOCUMENT_ID = 'https://api-keys-console.example/examples.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function at(pointer: string): unknown {
  let node: unknown = contract;
  for (const raw of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Json)[raw.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return node;
}
/** Follows `$ref`s; returns the node and the pointer it lives at. */
function resolve(node: unknown, pointer: string): { node: Json; pointer: string } {
  let current = { node: node as Json, pointer };
  for (let hops = 0; typeof current.node.$ref === 'string' && hops < 10; hops += 1) {
    const target = (current.node.$ref as string).slice(1);
    current = { node: at(target) as Json, pointer: target };
  }
  return current;
}
const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

const ajv = createAjv();
ajv.addSchema(contract, DOCUMENT_ID);
const validate = (schemaPointer: string, value: unknown) => {
  const check = ajv.compile({ $ref: `${DOCUMENT_ID}#${schemaPointer}` });
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

interface Operation {
  name: string;
  pointer: string;
  node: Json;
}
const operations: Operation[] = Object.entries(contract.paths as Json).flatMap(([path, item]) =>
  METHODS.filter((method) => (item as Json)[method]).map((method) => ({
    name: `${method.toUpperCase()} ${path}`,
    pointer: `/paths/${escape(path)}/${method}`,
    node: (item as Json)[method] as Json,
  })),
);

/** Every media type with a schema under an operation: its request body and its responses. */
function mediaTypes(operation: Operation) {
  const found: Array<{ where: string; pointer: string; media: Json }> = [];
  const addContent = (where: string, holder: { node: Json; pointer: string }) => {
    for (const [type, media] of Object.entries((holder.node.content as Json | undefined) ?? {})) {
      found.push({
        where: `${where} ${type}`,
        pointer: `${holder.pointer}/content/${escape(type)}`,
        media: media as Json,
      });
    }
  };
  if (operation.node.requestBody) {
    addContent('request', resolve(operation.node.requestBody, `${operation.pointer}/requestBody`));
  }
  for (const [status, response] of Object.entries(operation.node.responses as Json)) {
    addContent(status, resolve(response, `${operation.pointer}/responses/${escape(status)}`));
  }
  return found;
}

function examplesOf(holder: Json): unknown[] {
  const values: unknown[] = [];
  if ('example' in holder) values.push(holder.example);
  for (const [name, example] of Object.entries((holder.examples as Json | undefined) ?? {})) {
    const resolved = resolve(example, `examples/${name}`).node;
    values.push(resolved.value);
  }
  return values;
}

describe('the contract (src/api/openapi.yaml)', () => {
  it('has operations', () => expect(operations.length).toBeGreaterThanOrEqual(15));

  it.each(operations.map((operation) => [operation.name, operation]))(
    '%s has a summary, a description and a 401',
    (_name, operation) => {
      expect(String(operation.node.summary ?? '').trim()).not.toBe('');
      expect(String(operation.node.summary)).not.toContain('\n');
      expect(String(operation.node.description ?? '').trim()).not.toBe('');
      expect(Object.keys(operation.node.responses as Json)).toContain('401');
    },
  );

  it.each(operations.map((operation) => [operation.name, operation]))(
    '%s has a valid, realistic example for every body and declared header',
    (_name, operation) => {
      for (const { where, pointer, media } of mediaTypes(operation)) {
        const examples = examplesOf(media);
        expect(examples.length, `${where} has no example`).toBeGreaterThan(0);
        for (const example of examples) {
          expect(validate(`${pointer}/schema`, example), `${where}`).toEqual([]);
        }
      }
      for (const [status, response] of Object.entries(operation.node.responses as Json)) {
        const declared = resolve(response, `${operation.pointer}/responses/${escape(status)}`);
        for (const name of Object.keys((declared.node.headers as Json | undefined) ?? {})) {
          const header = resolve(
            (declared.node.headers as Json)[name],
            `${declared.pointer}/headers/${escape(name)}`,
          );
          const [example] =
            examplesOf(header.node).length > 0
              ? examplesOf(header.node)
              : examplesOf((header.node.schema ?? {}) as Json);
          expect(example, `${status} header ${name} has no example`).toBeDefined();
          const schema = header.node.schema as Json;
          const typed = schema.type === 'integer' ? Number(example) : example;
          expect(validate(`${header.pointer}/schema`, typed), `${status} header ${name}`).toEqual(
            [],
          );
        }
      }
    },
  );

  it('uses 8x8 data in its examples: eght_ keys and the catalog’s product ids', () => {
    const text = JSON.stringify(contract.components);
    expect(text).toMatch(/"key":"eght_[A-Za-z0-9+/=]{40,}"/);
    expect(text).toContain('cc-historical-analytics');
    // Every product id in an example is one of the ten of the product spec.
    const known = [
      'cc-historical-analytics',
      'cc-realtime-analytics',
      'cloud-storage',
      'cx-recent-calls',
      'cx-post-call-survey',
      'qm-speech-analytics',
      'work-analytics',
      'audit-records',
      'contact-search',
      'contact-management',
    ];
    const ids = [...text.matchAll(/"productIds?":(\[[^\]]*\]|"[^"]*")/g)].flatMap(
      (match) => JSON.parse(match[1]!) as string[] | string,
    );
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids.flat()) expect(known).toContain(id);
  });

  it('states Problem per RFC 9457: no member required, extension members allowed', () => {
    const problem = at('/components/schemas/Problem') as Json;
    expect(problem.required ?? []).toEqual([]);
    expect(problem.additionalProperties).not.toBe(false);
    expect(validate('/components/schemas/Problem', { status: 404, 'trace-id': 'abc' })).toEqual([]);
    expect(validate('/components/schemas/Problem', {})).toEqual([]);
  });
});
