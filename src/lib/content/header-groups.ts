/** The header reference's tables: request before response, standard before vendor-specific. */
import type { Header } from './model';

export interface HeaderGroup {
  id: string;
  title: string;
  direction: 'request' | 'response';
  origin: 'standard' | 'vendor';
}

export function headerGroups(headers: Header[], vendor: string): HeaderGroup[] {
  const groups: HeaderGroup[] = [];
  for (const direction of ['request', 'response'] as const) {
    for (const origin of ['standard', 'vendor'] as const) {
      if (!headers.some((h) => h.origin === origin && h.uses.some((u) => u.direction === direction)))
        continue;
      groups.push({
        id: `${direction}-${origin}`,
        title:
          origin === 'standard' ? `Standard ${direction} headers` : `${vendor}-specific ${direction} headers`,
        direction,
        origin,
      });
    }
  }
  return groups;
}
