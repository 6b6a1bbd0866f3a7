/**
 * The schema of one catalog entry as written in the YAML data files (src/core/catalog/data/).
 * The build validates every file against it before compiling the files into TypeScript; the
 * `ErrorCodeEntry` interface (types.ts) must stay assignable from it, which the type check below
 * enforces.
 */
import { Type, type Static, type TLiteral } from '@sinclair/typebox';
import { ACTORS, CATEGORIES, OUTCOMES, type ErrorCodeEntry } from './types.js';

const oneOf = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T>[]);

const Line = Type.String({ minLength: 1 });

export const LocalizedExplanationSchema = Type.Object(
  {
    title: Type.String({ minLength: 4, pattern: '[^.]$' }),
    explanation: Type.String({ minLength: 21 }),
    action: Type.Array(Line, { minItems: 1 }),
  },
  { additionalProperties: false },
);

export const ErrorCodeEntrySchema = Type.Object(
  {
    code: Type.Integer({ minimum: 1 }),
    identifier: Type.String({ pattern: '^([A-Z][A-Za-z0-9_]*)?$' }),
    outcome: oneOf(OUTCOMES),
    category: oneOf(CATEGORIES),
    actor: oneOf(ACTORS),
    en: LocalizedExplanationSchema,
    ja: LocalizedExplanationSchema,
    links: Type.Optional(Type.Array(Type.String({ pattern: '^https://' }))),
  },
  { additionalProperties: false },
);

/** One data file: a list of entries. */
export const CatalogFileSchema = Type.Array(ErrorCodeEntrySchema, { minItems: 1 });

export type CatalogFileEntry = Static<typeof ErrorCodeEntrySchema>;

// Compile-time guard: a schema-valid entry is an `ErrorCodeEntry`.
const _assignable = (e: CatalogFileEntry): ErrorCodeEntry => e;
void _assignable;
