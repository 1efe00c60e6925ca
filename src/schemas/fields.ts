/** Every collection's schema by content folder, for tools that list the fields (the authoring guide's test). */
import { ApiSchema } from './api';
import { CodeSchema } from './code';
import { FlowSchema } from './flow';
import { GraphqlErrorSchema } from './graphql-error';
import { GuideSchema } from './guide';
import { HeaderSchema } from './header';
import { SiteSchema } from './site';

export const SCHEMAS = {
  'site.yaml': SiteSchema,
  apis: ApiSchema,
  codes: CodeSchema,
  'graphql-errors': GraphqlErrorSchema,
  headers: HeaderSchema,
  guides: GuideSchema,
  flows: FlowSchema,
};
