import { z } from 'astro/zod';
import { HttpExampleSchema } from './code';
import { InlineMarkdownSchema, SlugSchema, StatusCodeNumberSchema, TextSchema } from './common';

/**
 * One error message an API sends in a GraphQL `errors` array (`content/graphql-errors/SLUG.yaml`;
 * the file name is the slug in `/API/errors/SLUG/`). Read by lib/content.ts, the API and status
 * pages that list messages, the message pages, search and the inspector.
 */
export const GraphqlErrorSchema = z.strictObject({
  api: SlugSchema.describe('Id of the API that sends the message.'),
  status: StatusCodeNumberSchema.describe(
    'HTTP status that comes with it; a code page of that API must exist.',
  ),
  message: z
    .string()
    .min(1)
    .describe('The message exactly as the API sends it, byte for byte, without surrounding quotes.'),
  title: TextSchema.describe('A short name for the problem, e.g. "Expired JWT".'),
  meaning: InlineMarkdownSchema.describe('What the message means, one or two sentences (inline Markdown).'),
  cause: InlineMarkdownSchema.describe('Why it happens (inline Markdown).'),
  fix: z.array(InlineMarkdownSchema).min(1).describe('What to do, in order (inline Markdown).'),
  lookalikes: z
    .array(SlugSchema)
    .default([])
    .describe('Slugs of messages that are easy to confuse with this one; each must exist.'),
  order: z.number().int().describe('Position in the API’s message table, lowest first.'),
  example: HttpExampleSchema.optional().describe('An example exchange that ends in this message.'),
});
export type GraphqlErrorData = z.infer<typeof GraphqlErrorSchema>;
