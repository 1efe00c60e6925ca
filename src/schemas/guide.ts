import { z } from 'astro/zod';
import { LinkedSummarySchema, TextSchema } from './common';

/**
 * One guide (`content/guides/SLUG.mdx`, served at `/guides/SLUG/`). Read by lib/content.ts, the guide
 * pages, the guide index, navigation and search.
 */
export const GuideSchema = z.strictObject({
  title: TextSchema.describe('Page title, e.g. "Filtering".'),
  summary: LinkedSummarySchema.describe(
    'One sentence for the guide index, the guide’s lead and its meta description (inline Markdown, no links).',
  ),
  order: z.number().int().describe('Position in the guide list, lowest first.'),
  group: z
    .enum(['requests', 'responses'])
    .describe('Navigation group: conventions for building requests, or for reading responses.'),
  alsoCalled: z
    .array(TextSchema)
    .default([])
    .describe(
      'Other names readers give the guide’s subject, e.g. "charset" for Media types: search opens the guide first for each one typed whole.',
    ),
});
export type GuideData = z.infer<typeof GuideSchema>;
