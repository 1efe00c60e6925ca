/** Validates data against a JSON Schema (draft 2020-12), for tests of the published exports. */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function validateAgainst(schema: object, data: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
}
