/**
 * Generates packages/sdk/openapi.json (OpenAPI 3.1) from the contract's endpoint
 * tables, so the document can never drift from the client and the sandbox.
 *
 *   node packages/sdk/scripts/generate-openapi.mjs           write openapi.json
 *   node packages/sdk/scripts/generate-openapi.mjs --check   exit 1 if it is stale
 *
 * The CLI reads the compiled contract (dist/contract, run `tsc -b` first); tests
 * pass the TypeScript source module to `buildOpenApiDocument` instead.
 *
 * Every schema the contract exports is named by its export name and lands in
 * `components.schemas`; where a schema's input form differs from its output form
 * (zod coercion, or `additionalProperties: false` on responses) the input form is
 * named `<Name>Input`. Output is deterministic: the same contract gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';

const SDK_ROOT = new URL('../', import.meta.url);
export const OPENAPI_PATH = fileURLToPath(new URL('openapi.json', SDK_ROOT));
const DIST_CONTRACT = new URL('dist/contract/index.js', SDK_ROOT);

const ERROR_SCHEMA_NAME = 'Error';
const SCHEMA_REF = '#/components/schemas/';

/** How each credential of the contract is presented; alternatives in `security` are ORed. */
const SECURITY_SCHEMES = {
  secretKey: {
    type: 'http',
    scheme: 'bearer',
    description: 'A partner server’s secret key (`sk_…`). Never ship it to a browser.',
  },
  publishableKey: {
    type: 'http',
    scheme: 'bearer',
    description: 'A publishable key (`pk_…`), safe in a browser; alone it reads public reference data only.',
  },
  clientSecret: {
    type: 'apiKey',
    in: 'header',
    name: 'Adalat-Client-Secret',
    description: 'A widget session’s client secret, sent beside the publishable key; the session’s scope applies.',
  },
  bearer: {
    type: 'http',
    scheme: 'bearer',
    description: 'A citizen’s or lawyer’s token from the judiciary’s sign-on.',
  },
};
const SECURITY_BY_CREDENTIAL = {
  secret: { secretKey: [] },
  publishable: { publishableKey: [] },
  widget: { publishableKey: [], clientSecret: [] },
  bearer: { bearer: [] },
};

/** Shared error responses, by status; 401, 429 and 500 apply to every operation. */
const ERROR_RESPONSES = {
  400: ['BadRequest', 'The request is malformed or a field is invalid; `issues` lists each field.'],
  401: ['Unauthorized', 'The credential is missing, unknown, expired or revoked.'],
  403: ['Forbidden', 'The credential may not do this, or the subject is outside the widget session’s scope.'],
  404: ['NotFound', 'No such resource, or not visible to this credential.'],
  409: ['Conflict', 'Conflicts with the current state, or the Idempotency-Key was used with another body.'],
  422: ['UnprocessableEntity', 'A business rule refused it (e.g. `strike_off_before_noon`, `lawyer_suspended`).'],
  429: ['TooManyRequests', 'Too many requests; retry after `Retry-After` seconds.'],
  500: ['ServerError', 'The server failed; 502 and 503 answer with the same envelope. Safe to retry GETs and idempotent POSTs.'],
};
const ALWAYS_POSSIBLE_ERRORS = [401, 429, 500];

const SUCCESS_DESCRIPTIONS = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };
const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * Builds the OpenAPI document.
 * @param {Record<string, unknown>} contract the contract module: `endpoints`, `listOperations`, `ErrorEnvelope` and its schemas
 * @param {{ version: string }} options `info.version`, the SDK's package version
 */
export function buildOpenApiDocument(contract, { version }) {
  const schemas = createSchemaConverter(contract);
  const paths = {};
  const usedErrorStatuses = new Set();

  for (const { name, domain, endpoint } of contract.listOperations()) {
    const path = toOpenApiPath(endpoint.path);
    const method = endpoint.method.toLowerCase();
    const pathItem = (paths[path] ??= {});
    if (pathItem[method]) throw new Error(`${name}: ${endpoint.method} ${endpoint.path} is defined twice`);

    const errorStatuses = [...new Set([...endpoint.errors, ...ALWAYS_POSSIBLE_ERRORS])].sort((a, b) => a - b);
    errorStatuses.forEach((status) => usedErrorStatuses.add(status));

    pathItem[method] = withoutUndefined({
      operationId: name,
      summary: endpoint.summary,
      description: endpoint.description,
      tags: [domain],
      security: endpoint.auth.map((credential) => SECURITY_BY_CREDENTIAL[credential]),
      'x-adalat-auth': [...endpoint.auth],
      'x-adalat-subject': endpoint.subject ? { ...endpoint.subject } : undefined,
      'x-adalat-paginated': endpoint.paginated ? true : undefined,
      'x-adalat-session-self': endpoint.sessionSelf ? true : undefined,
      'x-adalat-legal-effect': endpoint.legalEffect,
      parameters: nonEmpty([
        ...pathParameters(name, endpoint, schemas),
        ...objectParameters(endpoint.query, 'query', schemas),
        ...(endpoint.idempotency ? [idempotencyParameter(endpoint.idempotency)] : []),
        ...(endpoint.responseType === 'event-stream' ? [LAST_EVENT_ID_PARAMETER] : []),
      ]),
      requestBody: endpoint.body
        ? { required: true, content: { 'application/json': { schema: schemas.convert(endpoint.body, 'input') } } }
        : undefined,
      responses: {
        [String(endpoint.status)]: successResponse(endpoint, schemas),
        ...Object.fromEntries(
          errorStatuses.map((status) => [String(status), { $ref: `#/components/responses/${errorResponseName(status)}` }]),
        ),
      },
    });
  }

  const errorSchemaRef = schemas.convert(contract.ErrorEnvelope, 'output');
  if (errorSchemaRef.$ref !== SCHEMA_REF + ERROR_SCHEMA_NAME) {
    throw new Error('ErrorEnvelope must convert to a reference to components.schemas.Error');
  }

  const document = {
    openapi: '3.1.0',
    info: {
      title: 'Adalat judiciary API',
      version,
      summary: 'Courts, cases, filings, fees and notifications of four jurisdictions, one contract.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: 'http://127.0.0.1:4010', description: 'Local sandbox (`npm start` or `npx adalat-sandbox`)' }],
    tags: Object.keys(contract.endpoints).map((domain) => ({ name: domain })),
    paths: sortKeys(Object.fromEntries(Object.entries(paths).map(([path, item]) => [path, sortMethods(item)]))),
    components: {
      schemas: sortKeys(schemas.components()),
      responses: Object.fromEntries(
        [...usedErrorStatuses].sort((a, b) => a - b).map((status) => [errorResponseName(status), errorResponse(status)]),
      ),
      headers: {
        RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
        IdempotentReplayed: {
          description: '`true` when this response was replayed from the idempotency store.',
          schema: { type: 'string', enum: ['true'] },
        },
      },
      securitySchemes: SECURITY_SCHEMES,
    },
  };
  return schemas.dropUnneededInputSuffixes(document);
}

/** The document as written to disk: two-space indent and a trailing newline. */
export function serializeOpenApi(document) {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `/v1/courts/:courtId` → `/v1/courts/{courtId}`. */
export function toOpenApiPath(path) {
  return path.replace(/:([A-Za-z][A-Za-z0-9]*)/g, '{$1}');
}

function pathParameters(name, endpoint, schemas) {
  const inPath = [...endpoint.path.matchAll(/:([A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1]);
  const declared = endpoint.params ? Object.keys(endpoint.params.shape) : [];
  const missing = inPath.filter((param) => !declared.includes(param));
  const extra = declared.filter((param) => !inPath.includes(param));
  if (missing.length || extra.length) {
    throw new Error(
      `${name}: path ${endpoint.path} and params disagree (missing: ${missing.join(', ') || '-'}; not in path: ${extra.join(', ') || '-'})`,
    );
  }
  return objectParameters(endpoint.params, 'path', schemas);
}

/** One parameter per property of a params or query object, in declaration order. */
function objectParameters(objectSchema, location, schemas) {
  if (!objectSchema) return [];
  const json = schemas.convertObject(objectSchema, 'input');
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return withoutUndefined({
      name,
      in: location,
      description,
      required: location === 'path' ? true : required.has(name),
      schema: rest,
    });
  });
}

function idempotencyParameter(idempotency) {
  return {
    name: 'Idempotency-Key',
    in: 'header',
    required: idempotency === 'required',
    description:
      'A unique key per logical operation (a UUID). The first response is stored and replayed for the same key; ' +
      'the same key with a different body is a 409.',
    schema: { type: 'string', minLength: 1 },
  };
}

/** Sent by a client resuming an event stream (see the `event-stream` response type). */
const LAST_EVENT_ID_PARAMETER = {
  name: 'Last-Event-ID',
  in: 'header',
  required: false,
  description: 'The id of the last event received; the stream replays the events after it before going live.',
  schema: { type: 'string', minLength: 1 },
};

function successResponse(endpoint, schemas) {
  const headers = endpoint.idempotency ? { 'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' } } : undefined;
  if (endpoint.responseType === 'event-stream') {
    // OpenAPI 3.1 cannot type the items of a stream: the schema of each event's `data` is an extension.
    return withoutUndefined({
      description: `${SUCCESS_DESCRIPTIONS[endpoint.status]}: a Server-Sent Events stream; each event's \`data\` is one JSON \`x-adalat-event-data\`.`,
      headers,
      content: {
        'text/event-stream': {
          schema: { type: 'string', contentMediaType: 'text/event-stream' },
          'x-adalat-event-data': schemas.convert(endpoint.response, 'output'),
        },
      },
    });
  }
  if (endpoint.responseType === 'binary') {
    const mediaType = endpoint.binaryMediaType ?? 'application/octet-stream';
    return withoutUndefined({
      description: SUCCESS_DESCRIPTIONS[endpoint.status],
      headers,
      content: { [mediaType]: { schema: { type: 'string', contentMediaType: mediaType } } },
    });
  }
  if (endpoint.response === null || endpoint.status === 204) {
    return withoutUndefined({ description: SUCCESS_DESCRIPTIONS[204], headers });
  }
  return withoutUndefined({
    description: SUCCESS_DESCRIPTIONS[endpoint.status],
    headers,
    content: { 'application/json': { schema: schemas.convert(endpoint.response, 'output') } },
  });
}

function errorResponseName(status) {
  const entry = ERROR_RESPONSES[status];
  if (!entry) throw new Error(`no shared error response for status ${status}`);
  return entry[0];
}

function errorResponse(status) {
  return withoutUndefined({
    description: ERROR_RESPONSES[status][1],
    headers: status === 429 ? { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } : undefined,
    content: { 'application/json': { schema: { $ref: SCHEMA_REF + ERROR_SCHEMA_NAME } } },
  });
}

/**
 * Converts zod schemas to JSON Schema with every exported schema named and
 * hoisted into `components.schemas`.
 */
function createSchemaConverter(contract) {
  const registry = z.registry();
  const isSchema = (value) => typeof value === 'object' && value !== null && '_zod' in value;
  registry.add(contract.ErrorEnvelope, { id: ERROR_SCHEMA_NAME });
  for (const [exportName, value] of Object.entries(contract).sort(([a], [b]) => a.localeCompare(b))) {
    if (isSchema(value) && !registry.has(value)) registry.add(value, { id: exportName });
  }
  const schemaByName = new Map();
  for (const [exportName, value] of Object.entries(contract)) {
    if (isSchema(value) && registry.get(value)?.id === exportName) schemaByName.set(exportName, value);
  }
  schemaByName.set(ERROR_SCHEMA_NAME, contract.ErrorEnvelope);

  const toJson = (schema, io) => {
    const { $schema, $defs = {}, ...root } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', metadata: registry });
    return { root, defs: $defs };
  };

  // Whether a named schema's input form differs from its output form, itself or through what it references.
  const splitCache = new Map();
  const hasDistinctInput = (name) => {
    if (!splitCache.has(name)) {
      const schema = schemaByName.get(name);
      const input = toJson(schema, 'input').defs;
      const output = toJson(schema, 'output').defs;
      const differs = Object.keys({ ...input, ...output }).some(
        (def) => JSON.stringify(input[def]) !== JSON.stringify(output[def]),
      );
      splitCache.set(name, differs);
    }
    return splitCache.get(name);
  };

  const components = {};
  const addComponent = (name, json) => {
    const known = components[name];
    if (known !== undefined && JSON.stringify(known) !== JSON.stringify(json)) {
      throw new Error(`two different schemas would be named components.schemas.${name}`);
    }
    components[name] = json;
  };

  /** Converts one schema; returns its root with refs into components.schemas, and records the components. */
  const convertRaw = (schema, io) => {
    const { root, defs } = toJson(schema, io);
    const names = {};
    for (const [defName, def] of Object.entries(defs)) {
      if (schemaByName.has(defName)) {
        names[defName] = io === 'input' && hasDistinctInput(defName) ? `${defName}Input` : defName;
      } else {
        // An unnamed schema zod had to extract (a cycle): name it by its content so the name is stable.
        const hash = createHash('sha256').update(`${io}:${JSON.stringify(def)}`).digest('hex').slice(0, 10);
        names[defName] = `Schema_${hash}`;
      }
    }
    const rewrite = (json) => rewriteRefs(json, (ref) => {
      const match = /^#\/\$defs\/(.+)$/.exec(ref);
      if (!match || !(match[1] in names)) throw new Error(`unexpected $ref ${ref}`);
      return SCHEMA_REF + names[match[1]];
    });
    for (const [defName, def] of Object.entries(defs)) addComponent(names[defName], rewrite(def));
    return rewrite(root);
  };

  return {
    convert: convertRaw,
    /** Converts an object schema and returns the object itself, following a top-level $ref. */
    convertObject(schema, io) {
      const root = convertRaw(schema, io);
      if (root.$ref) return components[root.$ref.slice(SCHEMA_REF.length)];
      return root;
    },
    components: () => components,
    /** `XInput` becomes `X` where the output form of `X` is never used, across the whole document. */
    dropUnneededInputSuffixes(document) {
      const renames = new Map();
      for (const name of Object.keys(components)) {
        const plain = name.replace(/Input$/, '');
        if (plain !== name && schemaByName.has(plain) && !(plain in components)) renames.set(name, plain);
      }
      if (renames.size === 0) return document;
      const renamed = rewriteRefs(document, (ref) => {
        const name = ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : null;
        return name !== null && renames.has(name) ? SCHEMA_REF + renames.get(name) : ref;
      });
      renamed.components.schemas = sortKeys(
        Object.fromEntries(Object.entries(renamed.components.schemas).map(([name, json]) => [renames.get(name) ?? name, json])),
      );
      return renamed;
    },
  };
}

function rewriteRefs(json, mapRef) {
  if (Array.isArray(json)) return json.map((item) => rewriteRefs(item, mapRef));
  if (json === null || typeof json !== 'object') return json;
  return Object.fromEntries(
    Object.entries(json).map(([key, value]) => [key, key === '$ref' ? mapRef(value) : rewriteRefs(value, mapRef)]),
  );
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function sortMethods(pathItem) {
  return Object.fromEntries(
    Object.entries(pathItem).sort(([a], [b]) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b)),
  );
}

function withoutUndefined(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function nonEmpty(array) {
  return array.length ? array : undefined;
}

export function readSdkVersion() {
  return JSON.parse(readFileSync(new URL('package.json', SDK_ROOT), 'utf8')).version;
}

async function main(argv) {
  const check = argv.includes('--check');
  let contract;
  try {
    contract = await import(DIST_CONTRACT.href);
  } catch (error) {
    console.error(`openapi: cannot load ${fileURLToPath(DIST_CONTRACT)}; run \`tsc -b\` first.\n${error.message}`);
    return 1;
  }
  const text = serializeOpenApi(buildOpenApiDocument(contract, { version: readSdkVersion() }));
  let current = null;
  try {
    current = readFileSync(OPENAPI_PATH, 'utf8');
  } catch {
    // missing: written below, or reported as stale in --check mode
  }
  if (check) {
    if (current === text) {
      console.log(`openapi: ${OPENAPI_PATH} is up to date`);
      return 0;
    }
    console.error(`openapi: ${OPENAPI_PATH} is stale; run \`npm run build\` and commit the result.`);
    return 1;
  }
  if (current !== text) writeFileSync(OPENAPI_PATH, text);
  const count = contract.listOperations().length;
  console.log(`openapi: ${current === text ? 'unchanged' : 'wrote'} ${OPENAPI_PATH} (${count} operations)`);
  return 0;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  process.exitCode = await main(process.argv.slice(2));
}
