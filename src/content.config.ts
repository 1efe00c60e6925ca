import { defineCollection } from 'astro:content';
import { contentCheck } from '~/integrations/content-check';
import { contentRoot } from '~/integrations/content-root';
import { ApiSchema } from '~/schemas/api';
import { CodeSchema } from '~/schemas/code';
import { FlowSchema } from '~/schemas/flow';
import { GraphqlErrorSchema } from '~/schemas/graphql-error';
import { GuideSchema } from '~/schemas/guide';
import { HeaderSchema } from '~/schemas/header';
import { SiteSchema } from '~/schemas/site';

const root = contentRoot();
// Every collection loads through one check, which reports the problems of all files at once:
// schema errors and the cross-references of lib/content (integrations/content-check.ts).
const checkedGlob = contentCheck();
const from = (folder: string, pattern: string, schema: Parameters<typeof checkedGlob>[1]) =>
  checkedGlob({ pattern, base: `${root}/${folder}` }, schema);

export const collections = {
  site: defineCollection({
    loader: checkedGlob({ pattern: 'site.yaml', base: root }, SiteSchema),
    schema: SiteSchema,
  }),
  apis: defineCollection({ loader: from('apis', '*.yaml', ApiSchema), schema: ApiSchema }),
  // Code bodies are Markdown, rendered at content sync: one Vite module per MDX file made a build
  // with 5,000 code pages take a minute. Guides, which use components, stay MDX.
  codes: defineCollection({ loader: from('codes', '*/*.md', CodeSchema), schema: CodeSchema }),
  graphqlErrors: defineCollection({
    loader: from('graphql-errors', '*.yaml', GraphqlErrorSchema),
    schema: GraphqlErrorSchema,
  }),
  headers: defineCollection({ loader: from('headers', '*.yaml', HeaderSchema), schema: HeaderSchema }),
  guides: defineCollection({ loader: from('guides', '*.mdx', GuideSchema), schema: GuideSchema }),
  flows: defineCollection({ loader: from('flows', '*.yaml', FlowSchema), schema: FlowSchema }),
};
