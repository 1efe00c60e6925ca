/**
 * What each registered status code, and each class, means in HTTP itself (src/data/
 * http-status-meanings.yaml, our words from the defining documents): general HTTP, shown on the
 * number pages before how each API uses the code.
 */
import yaml from 'js-yaml';
import meaningsYaml from '~/data/http-status-meanings.yaml?raw';
import type { StatusClass } from './registry';

/** Reads the meanings file: each code's text, as inline Markdown. */
export function parseMeanings(text: string): Map<number, string> {
  const data = yaml.load(text) as Record<string, unknown>;
  const meanings = new Map<number, string>();
  for (const [code, meaning] of Object.entries(data)) {
    if (typeof meaning !== 'string' || !meaning.trim())
      throw new Error(`src/data/http-status-meanings.yaml → ${code}: expected a sentence`);
    meanings.set(Number(code), meaning.trim());
  }
  return meanings;
}

const meanings = parseMeanings(meaningsYaml);

/** A registered code's meaning in HTTP, or undefined for a code no standard defines. */
export const statusMeaning = (code: number): string | undefined => meanings.get(code);

/** What a class says of every code in it, after RFC 9110, Section 15: a clause that follows "it says that". */
export const CLASS_MEANINGS: Record<StatusClass, string> = {
  '1xx': 'the response is interim: the final one is still to come',
  '2xx': 'the request was received, understood and accepted',
  '3xx': 'the client has to take a further step, usually to another URI, to complete the request',
  '4xx': 'the client seems to have erred',
  '5xx': 'the server has erred, or cannot perform the request',
};
