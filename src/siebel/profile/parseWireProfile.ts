import { WireProfileError } from '../errors/WireProfileError';
import { DEFAULT_WIRE_PROFILE, MAXIMUM_SESSIONS_LIMIT, type WireProfile } from './WireProfile';

type Problems = string[];

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const MESSAGE_SHAPES = ['direct', 'siebelMessage'] as const;
const QUERY_CRITERIA = ['searchspecAttribute', 'searchSpecArgument'] as const;
const KNOWN_KEYS = [
  'operationNamespace',
  'soapAction',
  'messageShape',
  'queryCriteria',
  'operations',
  'services',
  'maximumPageSize',
  'maximumSessions',
  'serverTimeFunction',
];

/**
 * Reads a wire profile from JSON-shaped data (the `wire` section of the deployment file): every
 * setting is optional and falls back to {@link DEFAULT_WIRE_PROFILE}; a present setting must be
 * valid. `source` names the file in messages.
 *
 * @example
 * const profile = parseWireProfile({ operationNamespace: 'http://example.com/crm' }, 'deployment.json');
 * @throws WireProfileError listing every problem at once
 */
export function parseWireProfile(input: unknown, source: string): WireProfile {
  if (input === undefined || input === null) return DEFAULT_WIRE_PROFILE;
  const problems: Problems = [];
  if (!isObject(input)) throw new WireProfileError(['the wire profile must be a JSON object'], source);
  for (const key of Object.keys(input))
    if (!KNOWN_KEYS.includes(key))
      problems.push(`"${key}" is not a wire profile setting (known: ${KNOWN_KEYS.join(', ')})`);
  const profile: WireProfile = {
    operationNamespace: namespace(input.operationNamespace, problems),
    soapAction: soapAction(input.soapAction, problems),
    messageShape: oneOf(
      input.messageShape,
      'messageShape',
      MESSAGE_SHAPES,
      DEFAULT_WIRE_PROFILE.messageShape,
      problems,
    ),
    queryCriteria: oneOf(
      input.queryCriteria,
      'queryCriteria',
      QUERY_CRITERIA,
      DEFAULT_WIRE_PROFILE.queryCriteria,
      problems,
    ),
    operations: operations(input.operations, problems),
    services: services(input.services, problems),
    maximumPageSize: pageSize(input.maximumPageSize, problems),
    maximumSessions: sessions(input.maximumSessions, problems),
    serverTimeFunction: timeFunction(input.serverTimeFunction, problems),
  };
  if (problems.length > 0) throw new WireProfileError(problems, source);
  return Object.freeze(profile);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function namespace(value: unknown, problems: Problems): string {
  if (value === undefined) return DEFAULT_WIRE_PROFILE.operationNamespace;
  if (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value.trim())) return value.trim();
  problems.push(
    `operationNamespace must be a namespace URI such as "http://siebel.com/asi/", not ${JSON.stringify(value)}`,
  );
  return DEFAULT_WIRE_PROFILE.operationNamespace;
}

function soapAction(value: unknown, problems: Problems): string {
  if (value === undefined) return DEFAULT_WIRE_PROFILE.soapAction;
  // The header value is written between double quotes: neither a quote nor a line break may be in it.
  if (typeof value === 'string' && value.includes('{operation}') && !/["\r\n]/.test(value)) return value;
  problems.push(
    `soapAction must be a template holding {operation} (and no quotes), such as "document/{namespace}:{operation}", not ${JSON.stringify(value)}`,
  );
  return DEFAULT_WIRE_PROFILE.soapAction;
}

function oneOf<T extends string>(
  value: unknown,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: Problems,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${name} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, not ${JSON.stringify(value)}`);
  return fallback;
}

function operations(value: unknown, problems: Problems): WireProfile['operations'] {
  const defaults = DEFAULT_WIRE_PROFILE.operations;
  if (value === undefined) return defaults;
  if (!isObject(value)) {
    problems.push('operations must be an object with downloadMetadataFiles, queryPage and executeBatch');
    return defaults;
  }
  const read = (key: keyof typeof defaults): string => {
    const name = value[key];
    if (name === undefined) return defaults[key];
    const probe = typeof name === 'string' ? name.replace(/\{record\}/g, 'Account') : '';
    const needsRecord = key === 'queryPage';
    if (typeof name === 'string' && XML_NAME.test(probe) && (!needsRecord || name.includes('{record}'))) return name;
    problems.push(
      `operations.${key} must be an XML name${needsRecord ? ' holding {record} (the record element, e.g. "{record}QueryPage")' : ''}, not ${JSON.stringify(name)}`,
    );
    return defaults[key];
  };
  for (const key of Object.keys(value))
    if (!(key in defaults))
      problems.push(`operations.${key} is not an operation (known: ${Object.keys(defaults).join(', ')})`);
  return {
    downloadMetadataFiles: read('downloadMetadataFiles'),
    queryPage: read('queryPage'),
    executeBatch: read('executeBatch'),
  };
}

function services(value: unknown, problems: Problems): WireProfile['services'] {
  const defaults = DEFAULT_WIRE_PROFILE.services;
  if (value === undefined) return defaults;
  if (!isObject(value)) {
    problems.push('services must be an object with metadata and sync');
    return defaults;
  }
  const read = (key: keyof typeof defaults): string => {
    const name = value[key];
    if (name === undefined) return defaults[key];
    if (typeof name === 'string' && name.trim() !== '' && !/["\r\n]/.test(name)) return name.trim();
    problems.push(`services.${key} must be a business service name, not ${JSON.stringify(name)}`);
    return defaults[key];
  };
  return { metadata: read('metadata'), sync: read('sync') };
}

function pageSize(value: unknown, problems: Problems): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  problems.push(
    `maximumPageSize must be a whole number of at least 1 (the object manager's MaximumPageSize), or null to learn it, not ${JSON.stringify(value)}`,
  );
  return null;
}

function sessions(value: unknown, problems: Problems): number {
  if (value === undefined) return DEFAULT_WIRE_PROFILE.maximumSessions;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAXIMUM_SESSIONS_LIMIT)
    return value;
  problems.push(
    `maximumSessions must be a whole number from 1 to ${MAXIMUM_SESSIONS_LIMIT} (Siebel sessions one synchronization may hold at once; 1 = one session), not ${JSON.stringify(value)}`,
  );
  return DEFAULT_WIRE_PROFILE.maximumSessions;
}

function timeFunction(value: unknown, problems: Problems): string | null {
  if (value === undefined) return DEFAULT_WIRE_PROFILE.serverTimeFunction;
  if (value === null) return null;
  // A call with no argument, written into criteria as is: nothing else may be in it.
  if (typeof value === 'string' && /^[A-Za-z_][A-Za-z0-9_]*\s*\(\s*\)$/.test(value.trim())) return value.trim();
  problems.push(
    `serverTimeFunction must be a query function without arguments that gives the server's date and time, such as "Timestamp()", or null when the server has none, not ${JSON.stringify(value)}`,
  );
  return DEFAULT_WIRE_PROFILE.serverTimeFunction;
}
