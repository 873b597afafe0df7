/**
 * Widget state in the URL: parse → validate → clamp → serialise. Every function here is total:
 * malformed input never throws, it falls back to the field's default and is reported as an issue.
 */
import { toSeed } from './random';

export type FieldSpec =
  | {
      readonly kind: 'number';
      readonly min: number;
      readonly max: number;
      readonly step: number;
      readonly default: number;
    }
  | { readonly kind: 'enum'; readonly options: readonly string[]; readonly default: string }
  | { readonly kind: 'boolean'; readonly default: boolean }
  | {
      readonly kind: 'set';
      readonly options: readonly string[];
      readonly default: readonly string[];
    }
  | { readonly kind: 'seed'; readonly default: number };

export type StateSchema = Readonly<Record<string, FieldSpec>>;

type ValueOf<F extends FieldSpec> = F extends { kind: 'enum'; options: readonly (infer O)[] }
  ? O
  : F extends { kind: 'set'; options: readonly (infer O)[] }
    ? readonly O[]
    : F extends { kind: 'boolean' }
      ? boolean
      : number;

/** The typed state a schema describes. */
export type StateOf<S extends StateSchema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** What went wrong while reading a URL, so a widget can say so calmly. */
export interface StateIssue {
  readonly key: string;
  readonly received: string;
  readonly applied: string;
}

export interface ParsedState<S extends StateSchema> {
  readonly state: StateOf<S>;
  readonly issues: readonly StateIssue[];
}

/** The schema's defaults as a state object. */
export function defaultState<S extends StateSchema>(schema: S): StateOf<S> {
  const state: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema)) state[key] = spec.default;
  return state as StateOf<S>;
}

/** Round to the field's step and keep it within [min, max]; NaN becomes the default. */
function clampNumber(spec: Extract<FieldSpec, { kind: 'number' }>, value: number): number {
  if (!Number.isFinite(value)) return spec.default;
  const stepped = spec.min + Math.round((value - spec.min) / spec.step) * spec.step;
  // Rounding to the step's decimals removes float noise such as 0.30000000000000004.
  const decimals = (String(spec.step).split('.')[1] ?? '').length;
  const rounded = Number(stepped.toFixed(decimals));
  return Math.min(spec.max, Math.max(spec.min, rounded));
}

/** Read one raw string into a valid value, or undefined when it cannot be read at all. */
function readField(spec: FieldSpec, raw: string): unknown {
  switch (spec.kind) {
    case 'number': {
      const trimmed = raw.trim();
      return trimmed === '' ? undefined : clampNumber(spec, Number(trimmed));
    }
    case 'enum':
      return spec.options.includes(raw) ? raw : undefined;
    case 'boolean':
      return raw === '1' || raw === 'true'
        ? true
        : raw === '0' || raw === 'false'
          ? false
          : undefined;
    case 'set': {
      if (raw === '') return [];
      const wanted = new Set(raw.split(','));
      // Keep the schema's order, so two URLs for the same set serialise identically.
      return spec.options.filter((option) => wanted.has(option));
    }
    case 'seed':
      return /^\d{1,10}$/.test(raw.trim()) ? toSeed(Number(raw)) : undefined;
  }
}

/** True when reading changed what the URL said (clamped, rounded, or unknown items dropped). */
function wasAdjusted(spec: FieldSpec, raw: string, value: unknown): boolean {
  if (spec.kind === 'number' || spec.kind === 'seed') return Number(raw.trim()) !== value;
  if (spec.kind === 'set')
    return raw !== '' && new Set(raw.split(',')).size !== (value as readonly string[]).length;
  return false;
}

function formatValue(spec: FieldSpec, value: unknown): string {
  if (spec.kind === 'boolean') return value ? '1' : '0';
  if (spec.kind === 'set') return (value as readonly string[]).join(',');
  return String(value);
}

/**
 * Parse a widget's fields from URL parameters named `${prefix}.${key}`. Fields the parameters do
 * not mention keep their value in `base` (the defaults unless given). Never throws.
 */
export function parseState<S extends StateSchema>(
  schema: S,
  params: URLSearchParams,
  prefix: string,
  base: StateOf<S> = defaultState(schema),
): ParsedState<S> {
  const state = { ...base } as Record<string, unknown>;
  const issues: StateIssue[] = [];
  for (const [key, spec] of Object.entries(schema)) {
    const raw = params.get(`${prefix}.${key}`);
    if (raw === null) continue;
    const value = readField(spec, raw);
    const applied = value === undefined ? spec.default : value;
    state[key] = applied;
    if (value === undefined || wasAdjusted(spec, raw, value)) {
      issues.push({ key, received: raw, applied: formatValue(spec, applied) });
    }
  }
  return { state: state as StateOf<S>, issues };
}

/** Make any object a valid state: unknown keys dropped, each field validated and clamped. */
export function clampState<S extends StateSchema>(schema: S, candidate: unknown): StateOf<S> {
  const source = (typeof candidate === 'object' && candidate !== null ? candidate : {}) as Record<
    string,
    unknown
  >;
  const state = defaultState(schema) as Record<string, unknown>;
  for (const [key, spec] of Object.entries(schema)) {
    const value = Object.hasOwn(source, key) ? source[key] : undefined;
    if (value === undefined) continue;
    const raw = Array.isArray(value)
      ? value.filter((v) => typeof v === 'string').join(',')
      : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined;
    if (raw === undefined) continue;
    const read = readField(spec, raw);
    if (read !== undefined) state[key] = read;
  }
  return state as StateOf<S>;
}

/** Write the fields that differ from their defaults, so a default view has a clean URL. */
export function serialiseState<S extends StateSchema>(
  schema: S,
  state: StateOf<S>,
  prefix: string,
): [string, string][] {
  const entries: [string, string][] = [];
  const values = state as Record<string, unknown>;
  for (const [key, spec] of Object.entries(schema)) {
    const text = formatValue(spec, values[key]);
    if (text !== formatValue(spec, spec.default)) entries.push([`${prefix}.${key}`, text]);
  }
  return entries;
}

/** Replace one widget's fields in a query string, leaving every other parameter as it was. */
export function mergeIntoSearch<S extends StateSchema>(
  search: string,
  schema: S,
  state: StateOf<S>,
  prefix: string,
): string {
  const params = new URLSearchParams(search);
  for (const key of Object.keys(schema)) params.delete(`${prefix}.${key}`);
  for (const [name, value] of serialiseState(schema, state, prefix)) params.set(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
