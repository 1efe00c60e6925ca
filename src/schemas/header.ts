import { z } from 'astro/zod';
import { InlineMarkdownSchema, TextSchema } from './common';

/** How the header is used in one direction (a media-type header, say, may be documented for both). */
export const HeaderUseSchema = z.strictObject({
  direction: z
    .enum(['request', 'response'])
    .describe('Sent by the client (request) or by the API (response).'),
  type: TextSchema.describe('Expected value or type, as documented, e.g. "number" or "MIME types".'),
  description: InlineMarkdownSchema.describe(
    'What it carries in this direction, in our words (inline Markdown).',
  ),
  example: z.string().optional().describe('An example value exactly as documented.'),
});
export type HeaderUse = z.infer<typeof HeaderUseSchema>;

/**
 * One HTTP header (`content/headers/NAME.yaml`, NAME the lower-case header name, which is also its
 * URL: `/headers/x-request-id/`). Read by lib/content.ts, the header reference, code pages, guides
 * (through <HeaderRef> and <HeaderTable>) and the inspector.
 */
export const HeaderSchema = z.strictObject({
  name: TextSchema.describe('The header name in the case the docs use, e.g. X-Request-Id.'),
  origin: z.enum(['standard', 'vendor']).describe('An HTTP standard header, or one specific to this vendor.'),
  uses: z
    .array(HeaderUseSchema)
    .min(1)
    .refine((uses) => new Set(uses.map((u) => u.direction)).size === uses.length, 'one entry per direction')
    .describe('One entry per direction the header travels in.'),
  status: z
    .enum(['current', 'no-longer-required'])
    .default('current')
    .describe('no-longer-required: documented, but the API no longer needs it.'),
  role: z
    .enum([
      'rate-limit-window-ms',
      'rate-limit-reset-ms',
      'rate-limit-quota',
      'rate-limit-remaining',
      'retry-after-seconds',
      'hourly-remaining',
    ])
    .optional()
    .describe('What a number in this header means, so tools can decode it (e.g. the inspector).'),
  reference: z.url().optional().describe('Where the standard defines or explains it (e.g. MDN).'),
});
export type HeaderData = z.infer<typeof HeaderSchema>;
