import type { StatusClass } from '../../lib/http/registry';

/** Tailwind classes for each status class, spelled out in full so Tailwind can find them. */
export const statusTone: Record<StatusClass, string> = {
  '1xx': 'text-status-1xx bg-status-1xx-soft',
  '2xx': 'text-status-2xx bg-status-2xx-soft',
  '3xx': 'text-status-3xx bg-status-3xx-soft',
  '4xx': 'text-status-4xx bg-status-4xx-soft',
  '5xx': 'text-status-5xx bg-status-5xx-soft',
};

export const legacyTone = 'text-legacy bg-legacy-soft';
