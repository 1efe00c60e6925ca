import { describe, expect, test } from 'vitest';
import type { SiteModel } from '~/lib/content/model';
import { presentSections } from './present-sections';
import { SECTIONS } from './sections';

const empty = {
  apis: [{}],
  guides: [],
  headers: [],
  flows: [],
  site: { generations: [{}] },
} as unknown as SiteModel;

describe('presentSections', () => {
  test('keeps only what any content set has when the optional parts are missing', () => {
    expect(presentSections(empty)).toEqual([SECTIONS.numbers, SECTIONS.inspector, SECTIONS.search]);
  });
  test('adds each section whose content exists', () => {
    const full = {
      apis: [{ listQuery: {} }],
      guides: [{}],
      headers: [{}],
      flows: [{}],
      site: { generations: [{}, {}] },
    } as unknown as SiteModel;
    expect(presentSections(full)).toEqual([
      SECTIONS.numbers,
      SECTIONS.changelog,
      SECTIONS.guides,
      SECTIONS.headers,
      SECTIONS.troubleshooting,
      SECTIONS.inspector,
      SECTIONS.queryBuilder,
      SECTIONS.search,
    ]);
  });
});
