/**
 * openapi.json is generated from the endpoint tables and checked in. These tests
 * regenerate it in memory from the contract's source and fail when the copy on
 * disk is stale, and check the document's structure against the tables.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as contract from '../src/contract/index.ts';
import {
  buildOpenApiDocument,
  OPENAPI_PATH,
  readSdkVersion,
  serializeOpenApi,
  toOpenApiPath,
} from '../scripts/generate-openapi.mjs';

type Json = Record<string, any>;

const generate = (): string => serializeOpenApi(buildOpenApiDocument(contract, { version: readSdkVersion() }));
const document: Json = JSON.parse(generate());
const operations = contract.listOperations();
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operationsOf(doc: Json): Array<{ path: string; method: string; operation: Json }> {
  return Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]) => ({ path, method, operation: operation as Json })),
  );
}

function findOperation(operationId: string): { path: string; method: string; operation: Json } {
  const found = operationsOf(document).filter((entry) => entry.operation.operationId === operationId);
  assert.equal(found.length, 1, `${operationId} appears ${found.length} times`);
  return found[0]!;
}

function resolvePointer(doc: Json, ref: string): unknown {
  assert.ok(ref.startsWith('#/'), `${ref} is not a local reference`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

function collectRefs(node: unknown, refs: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, refs));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.push(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

/** The first line where two texts differ, for a short failure message instead of a 30 kB diff. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((text, i) => text !== e[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: on disk ${JSON.stringify(a[at] ?? '<end>')}, generated ${JSON.stringify(e[at] ?? '<end>')}`;
}

test('the checked-in openapi.json matches the contract (run `npm run build` when this fails)', () => {
  const onDisk = readFileSync(OPENAPI_PATH, 'utf8');
  const generated = generate();
  assert.ok(
    onDisk === generated,
    `${OPENAPI_PATH} is stale: run \`npm run build\` and commit it (${firstDifference(onDisk, generated)})`,
  );
});

test('generation is deterministic', () => {
  assert.equal(generate(), generate());
});

test('is an OpenAPI 3.1 document with the SDK version', () => {
  assert.equal(document.openapi, '3.1.0');
  assert.equal(document.info.version, readSdkVersion());
  assert.ok(document.info.title);
});

test('every operation of the endpoint tables is present once, at its method and path', () => {
  assert.ok(operations.length > 0, 'the contract lists operations');
  assert.equal(operationsOf(document).length, operations.length);
  for (const { name, endpoint } of operations) {
    const { path, method } = findOperation(name);
    assert.equal(path, toOpenApiPath(endpoint.path), name);
    assert.equal(method, endpoint.method.toLowerCase(), name);
    assert.doesNotMatch(path, /:/, `${name}: ${path} still has a :param`);
  }
});

test('every path parameter is declared, required, and nothing else is declared in the path', () => {
  for (const { name, endpoint } of operations) {
    const { path, operation } = findOperation(name);
    const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
    const declared: Json[] = (operation.parameters ?? []).filter((p: Json) => p.in === 'path');
    assert.deepEqual(declared.map((p) => p.name).sort(), inTemplate, name);
    for (const parameter of declared) assert.equal(parameter.required, true, `${name}: ${parameter.name}`);
    assert.deepEqual(inTemplate, contract.pathParamNames(endpoint.path).sort(), name);
  }
});

test('query parameters follow the query schema', () => {
  for (const { name, endpoint } of operations) {
    const { operation } = findOperation(name);
    const declared = (operation.parameters ?? []).filter((p: Json) => p.in === 'query').map((p: Json) => p.name);
    assert.deepEqual(declared, endpoint.query ? Object.keys(endpoint.query.shape) : [], name);
  }
});

test('request bodies and success responses follow the table', () => {
  for (const { name, endpoint } of operations) {
    const { operation } = findOperation(name);
    assert.equal(Boolean(operation.requestBody), Boolean(endpoint.body), `${name}: requestBody`);
    const success = operation.responses[String(endpoint.status)];
    assert.ok(success, `${name}: no ${endpoint.status} response`);
    const hasBody = endpoint.response !== null || endpoint.responseType === 'binary';
    assert.equal(Boolean(success.content), hasBody, `${name}: success content`);
    if (endpoint.responseType === 'binary') assert.ok(success.content[endpoint.binaryMediaType ?? ''], `${name}: binary media type`);
  }
});

test('documented errors plus 401, 429 and 500 answer with the shared Error envelope', () => {
  const error = document.components.schemas.Error;
  assert.ok(error?.properties?.error, 'components.schemas.Error is the error envelope');
  for (const { name, endpoint } of operations) {
    const { operation } = findOperation(name);
    const expected = [...new Set([...endpoint.errors, 401, 429, 500])].map(String).sort();
    const errorStatuses = Object.keys(operation.responses).filter((status) => Number(status) >= 400).sort();
    assert.deepEqual(errorStatuses, expected, name);
    for (const status of errorStatuses) {
      const response = resolvePointer(document, operation.responses[status].$ref) as Json;
      assert.equal(response.content['application/json'].schema.$ref, '#/components/schemas/Error', `${name} ${status}`);
    }
  }
});

test('Idempotency-Key is a header parameter exactly where the table asks for one', () => {
  for (const { name, endpoint } of operations) {
    const { operation } = findOperation(name);
    const header = (operation.parameters ?? []).find((p: Json) => p.in === 'header' && p.name === 'Idempotency-Key');
    if (endpoint.idempotency) assert.equal(header?.required, endpoint.idempotency === 'required', name);
    else assert.equal(header, undefined, name);
  }
});

test('an event stream answers text/event-stream, names its event schema and takes Last-Event-ID', () => {
  const streams = operations.filter(({ endpoint }) => endpoint.responseType === 'event-stream');
  assert.deepEqual(streams.map(({ name }) => name), ['events.stream']);
  for (const { name, endpoint } of operations) {
    const { operation } = findOperation(name);
    const header = (operation.parameters ?? []).find((p: Json) => p.in === 'header' && p.name === 'Last-Event-ID');
    assert.equal(Boolean(header), endpoint.responseType === 'event-stream', name);
  }
  const success = findOperation('events.stream').operation.responses['200'];
  assert.deepEqual(Object.keys(success.content), ['text/event-stream']);
  const event = resolvePointer(document, success.content['text/event-stream']['x-adalat-event-data'].$ref) as Json;
  assert.deepEqual(
    event.oneOf.map((option: Json) => (resolvePointer(document, option.$ref) as Json).properties.type.const),
    [...contract.EVENT_TYPES],
  );
});

test('auth, legal effect and security requirements come from the table', () => {
  for (const { name, endpoint } of operations) {
    const { operation } = findOperation(name);
    assert.deepEqual(operation['x-adalat-auth'], [...endpoint.auth], name);
    assert.equal(operation['x-adalat-legal-effect'], endpoint.legalEffect, name);
    assert.equal(operation.security.length, endpoint.auth.length, name);
    for (const requirement of operation.security) {
      for (const scheme of Object.keys(requirement)) {
        assert.ok(document.components.securitySchemes[scheme], `${name}: unknown security scheme ${scheme}`);
      }
    }
  }
});

test('every $ref resolves inside the document', () => {
  const refs = collectRefs(document);
  assert.ok(refs.length > 0);
  for (const ref of new Set(refs)) assert.notEqual(resolvePointer(document, ref), undefined, `dangling ${ref}`);
});

test('no schema keeps a JSON Schema $defs or $schema of its own', () => {
  const text = JSON.stringify(document);
  assert.doesNotMatch(text, /"\$defs"|"\$schema"|#\/\$defs\//);
});
