/**
 * The OpenAPI 3.1 document of the running gateway, generated — not written:
 * paths, methods and roles from the app's router (route-table.ts), bodies and
 * queries from the zod schemas the routes parse with, answers from the zod
 * schemas of responses.ts, prose from operations.ts. Served at /openapi.json;
 * /docs shows it with Swagger UI.
 */
import type { Express } from 'express';
import { z } from 'zod';
import { CHANNEL_TYPES } from '../../domain/model.js';
import { operations, type Operation, type Security } from './operations.js';
import { ErrorResponse } from './responses.js';
import { routeTable, type RouteEntry } from './route-table.js';

type Json = Record<string, unknown>;

const COMPONENT = '#/components/schemas/';

/** JSON Schema of a zod schema; named sub-schemas (`.meta({ id })`) go to `components` and are referenced. */
function schemaOf(schema: z.ZodType, components: Record<string, unknown>, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  const defs = (out.$defs ?? {}) as Record<string, unknown>;
  delete out.$defs;
  delete out.$schema;
  const fix = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(fix);
    if (v && typeof v === 'object') {
      const o: Json = {};
      for (const [k, x] of Object.entries(v)) o[k] = k === '$ref' && typeof x === 'string' ? x.replace(/^#\/\$defs\//, COMPONENT) : fix(x);
      return o;
    }
    return v;
  };
  for (const [id, def] of Object.entries(defs)) components[id] ??= fix(def);
  const meta = z.globalRegistry.get(schema);
  if (meta?.id) {
    // The schema itself is named: the whole answer is a reference to it.
    components[String(meta.id)] ??= fix(out);
    return { $ref: `${COMPONENT}${String(meta.id)}` };
  }
  return fix(out) as Json;
}

const openApiPath = (p: string) => p.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function pathParameters(p: string): Json[] {
  return [...p.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '').map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: name === 'channel' ? { type: 'string', enum: [...CHANNEL_TYPES] } : name === 'token' ? { type: 'string' } : { type: 'string', format: 'uuid' },
    description: name === 'channel' ? 'channel type' : name === 'token' ? 'signed link token' : `${name === 'id' ? 'resource' : name.replace(/Id$/, '')} id (UUID)`,
  }));
}

function queryParameters(query: z.ZodType | undefined, components: Record<string, unknown>): Json[] {
  if (!query) return [];
  const s = schemaOf(query, components, 'input');
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, schema]) => ({ name, in: 'query', required: required.has(name), schema, ...(schema.description ? { description: schema.description } : {}) }));
}

const SECURITY: Record<Security, Json[] | undefined> = {
  apiKey: [{ apiKey: [] }, { session: [] }],
  visitor: [{ visitorToken: [] }],
  operator: [{ operatorSession: [] }],
  platform: [],
  none: [],
};

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input (the reason names the field)',
  401: 'Missing or invalid credentials',
  402: 'The plan limit is reached',
  403: 'The role does not allow this',
  404: 'Not found (also for another tenant’s id)',
  409: 'Conflicts with the current state',
  413: 'Too large',
  429: 'Too many requests (Retry-After)',
  503: 'A backing service is unavailable (Retry-After)',
};

function operationObject(route: RouteEntry, op: Operation, components: Record<string, unknown>): Json {
  const security = op.security ?? 'apiKey';
  const params = [...pathParameters(route.path), ...queryParameters(op.query, components)];
  const responses: Json = {};
  for (const [status, answer] of Object.entries(op.ok)) {
    if (answer instanceof z.ZodType) responses[status] = { description: 'OK', content: { 'application/json': { schema: schemaOf(answer, components, 'output') } } };
    else responses[status] = { description: answer.description, ...(answer.mediaType ? { content: { [answer.mediaType]: {} } } : {}) };
  }
  const errors = new Set(op.errors ?? []);
  if (op.body || op.query || route.path.includes(':')) errors.add(400);
  if (security === 'apiKey' || security === 'visitor') errors.add(401);
  if (route.roles) errors.add(403);
  if (route.path.includes(':')) errors.add(404);
  if (security === 'apiKey') errors.add(429);
  for (const status of [...errors].sort()) responses[String(status)] = { description: ERROR_TEXT[status] ?? 'Error', content: { 'application/json': { schema: { $ref: `${COMPONENT}Error` } } } };

  const body = op.body
    ? {
        required: op.bodyType !== '*/*',
        content: {
          [op.bodyType ?? 'application/json']: { schema: schemaOf(op.body, components, 'input') },
          ...(op.altBody ? { [op.altBody.type]: { schema: schemaOf(op.altBody.schema, components, 'input') } } : {}),
        },
      }
    : undefined;
  const roles = route.roles ? `Roles: ${route.roles.join(', ')}.` : undefined;
  return {
    tags: [op.tag],
    summary: op.summary,
    ...(op.description || roles ? { description: [op.description, roles].filter(Boolean).join('\n\n') } : {}),
    operationId: `${route.method}${openApiPath(route.path).replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    ...(route.roles ? { 'x-roles': route.roles } : {}),
    ...(SECURITY[security]!.length ? { security: SECURITY[security] } : { security: [] }),
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

/** Routes of the app without an entry in operations.ts, and entries without a route (both must be empty). */
export function documentationGaps(app: Express): { undocumented: string[]; stale: string[] } {
  const live = new Set(routeTable(app).map((r) => `${r.method.toUpperCase()} ${r.path}`));
  return {
    undocumented: [...live].filter((k) => !operations[k]),
    stale: Object.keys(operations).filter((k) => !live.has(k)),
  };
}

export function openApiDocument(app: Express, serverUrl: string): Json {
  const components: Record<string, unknown> = {};
  schemaOf(ErrorResponse, components, 'output');
  const paths: Record<string, Json> = {};
  for (const route of routeTable(app)) {
    const op = operations[`${route.method.toUpperCase()} ${route.path}`];
    if (!op) continue; // documentationGaps() reports it; the test fails on it
    (paths[openApiPath(route.path)] ??= {})[route.method] = operationObject(route, op, components);
  }
  const tags = [...new Set(Object.values(operations).map((o) => o.tag))].map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Omnichannel chatbot gateway',
      version: '0.1.0',
      description:
        'Channel webhooks, web chat, and the admin/agent REST API. Machines authenticate with `Authorization: Bearer <API key>`; staff in a browser with the session cookie. Every id is a UUID; another tenant’s id answers 404.',
    },
    servers: [{ url: serverUrl }],
    tags,
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'API key (gwk_…); its rights are its user’s current role' },
        session: { type: 'apiKey', in: 'cookie', name: 'gw_session', description: 'Staff browser session (writes also need X-Requested-With)' },
        visitorToken: { type: 'http', scheme: 'bearer', description: 'Web chat visitor token from POST /api/v1/webchat/{connectionId}/sessions' },
        operatorSession: { type: 'apiKey', in: 'cookie', name: 'gw_operator', description: 'Platform operator session (Bull Board)' },
      },
      schemas: components,
    },
    paths,
  };
}
