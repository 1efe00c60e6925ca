import { z } from 'astro/zod';
import { inlineMarkdownProblems } from '~/lib/html/markdown';

/** A lower-case, dash-separated identifier (file names, ids, anchors). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes only');

/** An HTTP status code. */
export const StatusCodeNumberSchema = z
  .number()
  .int('must be a whole number')
  .min(100, 'must be an HTTP status code from 100 to 599')
  .max(599, 'must be an HTTP status code from 100 to 599');

/** Non-empty text after trimming. */
export const TextSchema = z.string().trim().min(1, 'must not be empty');

/**
 * One line of inline Markdown (code spans, emphasis, links), rendered as HTML on the page: HTML
 * written into it and links to unsafe addresses (`javascript:`, `data:`) are refused, each named.
 */
export const InlineMarkdownSchema = TextSchema.superRefine((text, context) => {
  for (const message of inlineMarkdownProblems(text)) context.addIssue({ code: 'custom', message });
});

/**
 * One line of inline Markdown that the site also shows inside a link (a card, a list of links):
 * code spans and emphasis, but no link of its own, which would nest one link in another.
 */
export const LinkedSummarySchema = InlineMarkdownSchema.refine(
  (text) => !/\[[^[\]]*\]\(/.test(text),
  'must not hold a Markdown link: it is shown inside a link to its page',
);
