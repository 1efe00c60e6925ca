import { z } from 'astro/zod';
import { TextSchema } from './common';

/**
 * One HTTP header (`content/headers/NAME.yaml`, NAME the lower-case header name, which is also its
 * URL: `/headers/x-retry-after/`). Read by lib/content.ts, the header reference, code pages, guides
 * (through <HeaderRef>) and the inspector.
 */
export const HeaderSchema = z.strictObject({
  name: TextSchema.describe('The header name in the case the docs use, e.g. X-Rate-Limit-Requests-Left.'),
  direction: z.enum(['request', 'response']).describe('Sent by the client (request) or by the API (response).'),
  origin: z.enum(['standard', 'vendor']).describe('An HTTP standard header, or one specific to this vendor.'),
  type: TextSchema.describe('Expected value or type, as documented, e.g. "number" or "MIME types".'),
  description: TextSchema.describe('What it carries and when, in our words (inline Markdown).'),
  example: z.string().optional().describe('An example value exactly as documented.'),
  status: z
    .enum(['current', 'no-longer-required'])
    .default('current')
    .describe('no-longer-required: documented, but the API no longer needs it.'),
  reference: z.url().optional().describe('Where the standard defines or explains it (e.g. MDN).'),
});
export type HeaderData = z.infer<typeof HeaderSchema>;
