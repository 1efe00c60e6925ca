import { z } from 'astro/zod';
import { InlineMarkdownSchema, LinkedSummarySchema, SlugSchema, TextSchema } from './common';

/** A node that asks the reader something; each answer leads to another node. */
export const QuestionNodeSchema = z.strictObject({
  question: InlineMarkdownSchema.describe(
    'The question, answerable by looking at the request or response (inline Markdown).',
  ),
  help: InlineMarkdownSchema.optional().describe('How to find the answer (inline Markdown).'),
  answers: z
    .array(
      z.strictObject({
        label: InlineMarkdownSchema.describe('The answer as the reader would say it (inline Markdown).'),
        next: SlugSchema.describe('Id of the node this answer leads to.'),
      }),
    )
    .describe('At least two answers.'),
});

/** A node that ends the flow with what to do. */
export const ResolutionNodeSchema = z.strictObject({
  resolution: InlineMarkdownSchema.describe(
    'The diagnosis in a few words, e.g. "The token has expired" (inline Markdown).',
  ),
  steps: z.array(InlineMarkdownSchema).describe('What to do, in order (inline Markdown, links allowed).'),
});

export const FlowNodeSchema = z.union([QuestionNodeSchema, ResolutionNodeSchema]);
export type FlowNode = z.infer<typeof FlowNodeSchema>;
export type QuestionNode = z.infer<typeof QuestionNodeSchema>;
export type ResolutionNode = z.infer<typeof ResolutionNodeSchema>;

/**
 * A troubleshooting decision tree (`content/flows/SLUG.yaml`, served at `/troubleshooting/SLUG/`).
 * Read by lib/content.ts (graph checks in lib/flows.ts), the flow pages and the code pages.
 */
export const FlowSchema = z.strictObject({
  title: TextSchema.describe('E.g. "Fix a 429 Too Many Requests".'),
  summary: LinkedSummarySchema.describe('One sentence: who this flow is for (inline Markdown, no links).'),
  codes: z
    .array(z.string().regex(/^[a-z0-9-]+\/\d{3}$/, 'write API/CODE, e.g. rest/429'))
    .min(1)
    .describe('The codes this flow serves, as API/CODE; each must exist.'),
  start: SlugSchema.describe('Id of the first node.'),
  nodes: z.record(SlugSchema, FlowNodeSchema).describe('The nodes by id; ids become anchors (#id).'),
});
export type FlowData = z.infer<typeof FlowSchema>;
