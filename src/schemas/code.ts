import { z } from 'astro/zod';
import { InlineMarkdownSchema, SlugSchema, StatusCodeNumberSchema, TextSchema } from './common';

/** How a client should react to the code: the retry verdict in one word. */
export const RetryWhenSchema = z.enum([
  'no-need', // success or not modified: nothing to repeat
  'follow', // a redirect: repeat at the new location
  'after-fix', // the request itself is wrong: change it first
  'after-wait', // a temporary refusal: wait, then repeat unchanged
  'backoff', // a server fault: repeat a few times with growing delays
  'do-not', // repeating cannot help
]);
export type RetryWhen = z.infer<typeof RetryWhenSchema>;

/**
 * Where an example comes from, shown beside it and exported: `documented` when the vendor's docs show
 * it and it repeats their values exactly, `illustrative` when it is ours (docs/authoring.md).
 */
export const ExampleSourceSchema = z
  .enum(['documented', 'illustrative'])
  .describe(
    'documented: the vendor’s docs show this example and it repeats their values exactly; illustrative: ours, labeled so on the page.',
  );
export type ExampleSource = z.infer<typeof ExampleSourceSchema>;

/**
 * Where a code's causes and solutions come from: `documented` when they restate that code's row of
 * the vendor's troubleshooting table in our words and add nothing, `ours` otherwise. The API's page
 * shows the two kinds of rows apart.
 */
export const CausesSourceSchema = z
  .enum(['documented', 'ours'])
  .describe(
    'documented: they restate the code’s row of the vendor’s troubleshooting table, adding nothing; ours: anything else.',
  );
export type CausesSource = z.infer<typeof CausesSourceSchema>;

/**
 * An example exchange (a code's, a GraphQL message's). The request comes in other languages too,
 * generated from it; a JSON body is laid out on the page, and one that does not parse fails the
 * build (lib/content/checks/examples.ts).
 */
export const HttpExampleSchema = z.strictObject({
  source: ExampleSourceSchema,
  caption: InlineMarkdownSchema.describe('One line: what the example shows (inline Markdown).'),
  request: TextSchema.optional().describe(
    'The HTTP request, as text (request line, headers, body); {{name}} marks a value the reader fills in.',
  ),
  response: TextSchema.describe('The HTTP response, as text (status line, headers, body).'),
});
export type HttpExample = z.infer<typeof HttpExampleSchema>;

/** One appearance of the code in one documentation generation. */
export const HistoryEntrySchema = z.strictObject({
  generation: SlugSchema.describe('Id of a generation declared in site.yaml.'),
  label: TextSchema.describe('The label that generation gave the code, exactly.'),
  note: InlineMarkdownSchema.optional().describe(
    'What this generation said differently from the one before, in our words. Omit when unchanged.',
  ),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/**
 * One status code of one API (`content/codes/API/CODE.md`; the Markdown body says when and why it happens).
 * Read by lib/content.ts, the code tables, the code pages and the exports.
 */
export const CodeSchema = z.strictObject({
  api: SlugSchema.describe('Id of the API (a file in content/apis/); must match the folder.'),
  code: StatusCodeNumberSchema.describe('The status code; must match the file name.'),
  label: TextSchema.describe('The API’s own text for the code, exactly as its docs give it.'),
  alsoCalled: z
    .array(TextSchema)
    .default([])
    .describe(
      'Names readers give the situation besides the label and the standard phrase, e.g. "validation error". The page shows them, and search opens the page for each one typed whole.',
    ),
  summary: InlineMarkdownSchema.describe('One sentence: what the code means for this API (inline Markdown).'),
  causes: z
    .array(InlineMarkdownSchema)
    .default([])
    .describe('Common causes, most likely first (inline Markdown).'),
  solutions: z.array(InlineMarkdownSchema).default([]).describe('What to do, in order (inline Markdown).'),
  causesSource: CausesSourceSchema.optional().describe(
    'Where the causes and solutions come from; required with them, refused without (lib/model.ts).',
  ),
  retry: z.strictObject({
    when: RetryWhenSchema,
    advice: InlineMarkdownSchema.describe('Whether, when and how to repeat the request (inline Markdown).'),
  }),
  headers: z
    .array(TextSchema)
    .default([])
    .describe('Related headers by name (any case), e.g. Retry-After; each must exist in content/headers/.'),
  guides: z
    .array(SlugSchema)
    .default([])
    .describe('Related guides by slug, e.g. pagination; each must exist in content/guides/.'),
  example: HttpExampleSchema.optional().describe(
    'An example exchange, where one helps the reader recognize the situation.',
  ),
  history: z
    .array(HistoryEntrySchema)
    .min(1, 'list at least the generation that documents the code')
    .describe('Each documentation generation that lists the code, oldest first.'),
  origin: InlineMarkdownSchema.optional().describe(
    'For codes outside the IANA registry: where the code comes from (inline Markdown). Required for those, refused for others.',
  ),
});
export type CodeData = z.infer<typeof CodeSchema>;
