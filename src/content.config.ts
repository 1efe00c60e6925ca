import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from '~/integrations/content-root';
import { ApiSchema } from '~/schemas/api';
import { CodeSchema } from '~/schemas/code';
import { FlowSchema } from '~/schemas/flow';
import { GraphqlErrorSchema } from '~/schemas/graphql-error';
import { GuideSchema } from '~/schemas/guide';
import { HeaderSchema } from '~/schemas/header';
import { SiteSchema } from '~/schemas/site';

const root = contentRoot();
const from = (folder: string, pattern: string) => glob({ pattern, base: `${root}/${folder}` });

// Collections only; cross-references between them are checked in src/lib/content.ts.
export const collections = {
  site: defineCollection({ loader: glob({ pattern: 'site.yaml', base: root }), schema: SiteSchema }),
  apis: defineCollection({ loader: from('apis', '*.yaml'), schema: ApiSchema }),
  // Code bodies are Markdown, rendered at content sync: one Vite module per MDX file made a build
  // with 5,000 code pages take a minute. Guides, which use components, stay MDX.
  codes: defineCollection({ loader: from('codes', '*/*.md'), schema: CodeSchema }),
  graphqlErrors: defineCollection({ loader: from('graphql-errors', '*.yaml'), schema: GraphqlErrorSchema }),
  headers: defineCollection({ loader: from('headers', '*.yaml'), schema: HeaderSchema }),
  guides: defineCollection({ loader: from('guides', '*.mdx'), schema: GuideSchema }),
  flows: defineCollection({ loader: from('flows', '*.yaml'), schema: FlowSchema }),
};
