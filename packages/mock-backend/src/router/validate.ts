/**
 * Request validation against the endpoint's params, query and body schemas.
 *
 * Unknown fields are rejected (`unrecognized_key`), in the query and at every
 * depth of the body: a typo such as `?jurisdication=PS` or `subjects.lawyer`
 * would otherwise be dropped silently and the call would do something else than
 * asked. A sandbox should surface that; the issue names the field.
 * @module
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { fieldIssues, type Endpoint, type FieldIssue } from '@adalat/sdk/contract';
import { invalidRequest, validationFailed } from '../problem.ts';

export type Section = 'params' | 'query' | 'body';

export interface RawInput {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
}

export interface ValidInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** English messages for zod issues, per parse, without touching zod's global config. */
const { localeError } = en();

/** The path params the endpoint declares, from what msw matched (it also reports wildcards). */
export function pickParams(endpoint: Endpoint, matched: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(endpoint.params?.shape ?? {})) {
    const value = matched[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/** The query as an object; an empty value counts as absent, a repeated key becomes a list. */
export function readQuery(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    if (value === '') continue;
    const previous = out[key];
    out[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return out;
}

/** The JSON body, or `undefined` when there is none; malformed JSON is a 400 `invalid_json`. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidRequest('invalid_json', 'The request body is not valid JSON.', 'body');
  }
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  in?: z.ZodMiniType;
  options?: readonly z.ZodMiniType[];
}

function defOf(schema: z.ZodMiniType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Issues for keys the schema does not declare, at any depth. */
function unknownKeys(schema: z.ZodMiniType, value: unknown, path: string): FieldIssue[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
      return def.innerType === undefined ? [] : unknownKeys(def.innerType, value, path);
    case 'pipe':
      return def.in === undefined ? [] : unknownKeys(def.in, value, path);
    case 'union': {
      // The option the value is (for a discriminated union, the one its `kind` names) says which keys are known.
      const option = def.options?.find((candidate) => candidate.safeParse(value).success);
      return option === undefined ? [] : unknownKeys(option, value, path);
    }
    case 'array':
      return Array.isArray(value) && def.element !== undefined
        ? value.flatMap((item, index) => unknownKeys(def.element!, item, `${path}.${index}`))
        : [];
    case 'object': {
      if (!isPlainObject(value) || def.shape === undefined) return [];
      const shape = def.shape;
      return Object.keys(value).flatMap((key) =>
        Object.hasOwn(shape, key)
          ? unknownKeys(shape[key]!, value[key], `${path}.${key}`)
          : [{ path: `${path}.${key}`, code: 'unrecognized_key', message: `Unknown field "${key}".` }],
      );
    }
    default:
      return [];
  }
}

function check(schema: z.ZodMiniObject | undefined, value: unknown, section: Section): { value: unknown; issues: FieldIssue[] } {
  if (schema === undefined) return { value: {}, issues: [] };
  const result = schema.safeParse(value, { error: localeError });
  const issues: FieldIssue[] = result.success ? [] : fieldIssues(result.error.issues, section);
  issues.push(...unknownKeys(schema, value, section));
  return { value: result.success ? result.data : undefined, issues };
}

/** A parsed value, or a 400 listing its invalid fields under `section` (for routes outside the contract). */
export function validateSection(schema: z.ZodMiniObject, value: unknown, section: Section): unknown {
  const result = check(schema, value, section);
  if (result.issues.length > 0) throw validationFailed(result.issues);
  return result.value;
}

/** Parsed params, query and body, or a 400 listing every invalid field of the three. */
export function validateInput(endpoint: Endpoint, raw: RawInput): ValidInput {
  const params = check(endpoint.params, raw.params, 'params');
  const query = check(endpoint.query, raw.query, 'query');
  // An endpoint without a query schema takes no query parameters at all.
  if (endpoint.query === undefined) {
    query.issues.push(
      ...Object.keys(raw.query).map((key) => ({ path: `query.${key}`, code: 'unrecognized_key', message: `Unknown field "${key}".` })),
    );
  }
  const body = check(endpoint.body, raw.body, 'body');
  const issues = [...params.issues, ...query.issues, ...body.issues];
  if (issues.length > 0) throw validationFailed(issues);
  return { params: params.value, query: query.value, body: body.value };
}
