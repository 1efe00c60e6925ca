/** The authoring guide (docs/authoring.md) documents every field of every collection. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { SCHEMAS } from './fields';

const guide = readFileSync(new URL('../../docs/authoring.md', import.meta.url), 'utf8');

/** Field names of an object schema and of the objects nested in it (through arrays, records, unions). */
function fieldNames(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def: Record<string, unknown> }).def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [
        key,
        ...fieldNames(value),
      ]);
    case 'optional':
    case 'default':
    case 'nullable':
      return fieldNames(def.innerType as z.ZodType);
    case 'array':
      return fieldNames(def.element as z.ZodType);
    case 'record':
      return fieldNames(def.valueType as z.ZodType);
    case 'union':
      return (def.options as z.ZodType[]).flatMap(fieldNames);
    case 'pipe':
      return fieldNames(def.in as z.ZodType);
    default:
      return [];
  }
}

describe('docs/authoring.md', () => {
  for (const [folder, schema] of Object.entries(SCHEMAS)) {
    test(`documents every field of ${folder}`, () => {
      const names = [...new Set(fieldNames(schema))];
      expect(names.length).toBeGreaterThan(2);
      expect(names.filter((name) => !new RegExp(`^\\s*-?\\s*${name}:`, 'm').test(guide))).toEqual([]);
    });
  }
});
