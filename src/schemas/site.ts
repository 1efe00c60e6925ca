import { z } from 'astro/zod';
import { SlugSchema, TextSchema } from './common';

/** One generation of the vendor's own status-code documentation, oldest first. */
export const GenerationSchema = z.strictObject({
  id: SlugSchema.describe('Referenced by each code’s history, e.g. "wiki".'),
  name: TextSchema.describe('How the site names it, e.g. "Wiki (oldest)".'),
  description: TextSchema.describe('One sentence: what this generation was and when.'),
});
export type Generation = z.infer<typeof GenerationSchema>;

/**
 * Site identity (`content/site.yaml`, one file). Read by lib/content.ts, the layouts, the home page
 * and astro.config.mjs (for the canonical origin).
 */
export const SiteSchema = z.strictObject({
  title: TextSchema.describe('Full site name, used in <title> and the header.'),
  shortTitle: TextSchema.describe('Short name for tight spots (phone header, breadcrumbs).'),
  description: TextSchema.describe('One or two sentences: what the site covers.'),
  vendor: TextSchema.describe('The company whose APIs the site documents.'),
  url: z.url().describe('Canonical origin of the deployed site, e.g. https://status.example.com.'),
  editUrl: z
    .url()
    .optional()
    .describe(
      'The repository’s edit address on the branch the site is built from, e.g. https://github.com/OWNER/REPO/edit/main/; "Edit this page" links append the content file’s path. Omit for no such links.',
    ),
  generations: z
    .array(GenerationSchema)
    .min(1)
    .describe(
      'The vendor’s documentation generations, oldest first; codes record their history against these.',
    ),
});
export type Site = z.infer<typeof SiteSchema>;
