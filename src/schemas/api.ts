import { z } from 'astro/zod';
import { InlineMarkdownSchema, SlugSchema, TextSchema } from './common';

/** One filter operator of list endpoints, e.g. `:min`. */
export const FilterOperatorSchema = z.strictObject({
  suffix: z
    .string()
    .regex(/^[a-z_]*$/, 'lower-case letters and _ only; empty for plain equality')
    .describe('What follows the attribute and a colon: "min" for `price:min=10`; empty for `price=10`.'),
  name: TextSchema.describe('What the docs call it, e.g. "Greater than or equal to".'),
  expression: TextSchema.describe('The pattern as documented, e.g. `attribute:min=value`.'),
  values: z
    .enum(['any', 'number-or-date', 'string', 'list'])
    .describe(
      'What values it compares: any, numbers or dates, strings (patterns), or comma-separated lists.',
    ),
  description: InlineMarkdownSchema.describe('What it does, in our words (inline Markdown).'),
  examples: z.array(TextSchema).min(1).describe('Example URLs exactly as documented, one per item.'),
});
export type FilterOperator = z.infer<typeof FilterOperatorSchema>;

/** How list endpoints take filters, sub-resources, field selection and pages. */
export const ListQuerySchema = z.strictObject({
  resources: z
    .array(TextSchema)
    .min(1)
    .describe('Example list paths a reader can pick, e.g. /v3/catalog/products.'),
  example: TextSchema.describe(
    'An illustrative URL (path and query) that the query builder starts from and explains.',
  ),
  operators: z.array(FilterOperatorSchema).min(1),
  page: TextSchema.describe('Name of the page-number parameter.'),
  limit: TextSchema.describe('Name of the page-size parameter.'),
  maxLimit: z
    .strictObject({
      value: z.number().int().positive().describe('The largest page size the docs give, e.g. 250.'),
      paths: z
        .array(TextSchema)
        .min(1)
        .describe('The list paths the docs give it for, e.g. /v3/catalog/products; others are not checked.'),
    })
    .optional()
    .describe('A documented maximum page size, with the lists it is documented for.'),
  include: TextSchema.optional().describe('Name of the sub-resource parameter, e.g. include.'),
  includeFields: TextSchema.optional().describe('Name of the "only these fields" parameter.'),
  excludeFields: TextSchema.optional().describe('Name of the "all but these fields" parameter.'),
  guides: z
    .strictObject({
      filtering: SlugSchema.optional(),
      include: SlugSchema.optional(),
      fields: SlugSchema.optional(),
      pagination: SlugSchema.optional(),
    })
    .default({})
    .describe('Guide slugs that explain each part, linked from the query builder.'),
});
export type ListQuery = z.infer<typeof ListQuerySchema>;

/**
 * One API (`content/apis/ID.yaml`; the file name is the id and the URL prefix, e.g. `orders` → `/orders/`).
 * Read by lib/content.ts, the navigation, the code tables and the code pages.
 */
export const ApiSchema = z.strictObject({
  name: TextSchema.describe('Full name, e.g. "Orders API".'),
  shortName: TextSchema.describe('Short name for navigation and badges, e.g. "Orders".'),
  description: InlineMarkdownSchema.describe(
    'What the API is for and how it reports errors, in a sentence or two (inline Markdown).',
  ),
  authHeader: TextSchema.optional().describe(
    'The request header that carries credentials, where the docs name one.',
  ),
  baseUrl: TextSchema.optional().describe('URL pattern requests go to; placeholders in {braces}.'),
  order: z.number().int().describe('Position in navigation, lowest first.'),
  classIntros: z
    .partialRecord(z.enum(['1xx', '2xx', '3xx', '4xx', '5xx']), TextSchema)
    .default({})
    .describe('What each status class means for this API, shown above its table.'),
  listQuery: ListQuerySchema.optional().describe(
    'Conventions of list endpoints (filters, paging, fields). Powers the query builder; omit if none.',
  ),
});
export type Api = z.infer<typeof ApiSchema>;
