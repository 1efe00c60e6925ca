import { z } from 'astro/zod';
import { TextSchema } from './common';

/**
 * One API (`content/apis/ID.yaml`; the file name is the id and the URL prefix, e.g. `rest` → `/rest/`).
 * Read by lib/content.ts, the navigation, the code tables and the code pages.
 */
export const ApiSchema = z.strictObject({
  name: TextSchema.describe('Full name, e.g. "REST Management API".'),
  shortName: TextSchema.describe('Short name for navigation and badges, e.g. "REST".'),
  description: TextSchema.describe('What the API is for and how it reports errors, in a sentence or two.'),
  authHeader: TextSchema.describe('The request header that carries credentials.'),
  baseUrl: TextSchema.optional().describe('URL pattern requests go to; placeholders in {braces}.'),
  order: z.number().int().describe('Position in navigation, lowest first.'),
  classIntros: z
    .partialRecord(z.enum(['1xx', '2xx', '3xx', '4xx', '5xx']), TextSchema)
    .default({})
    .describe('What each status class means for this API, shown above its table.'),
});
export type Api = z.infer<typeof ApiSchema>;
