import type { HttpExample } from '~/schemas/code';
import { parseHttpMessage } from '~/lib/code/http-message';
import type { ProblemList } from '../problems';

/** An example's request and response must read as HTTP messages, with JSON bodies that parse. */
export function checkExample(file: string, example: HttpExample | undefined, problems: ProblemList): void {
  for (const part of ['request', 'response'] as const) {
    const text = example?.[part];
    if (text === undefined) continue;
    try {
      const message = parseHttpMessage(text);
      if (message.kind !== part) problems.add(file, `example.${part}`, `this is a ${message.kind}, not a ${part}`);
    } catch (error) {
      problems.add(file, `example.${part}`, (error as Error).message);
    }
  }
}
