/**
 * The inspector page: reads the pasted text, explains it with the knowledge the page embeds, and
 * renders the explanation. Pasted text only ever reaches the page as textContent, and stays in the
 * page: never in the URL or storage.
 */
import { explainResponse, inputFromCode, type Explanation, type Knowledge } from '~/lib/inspector/explain';
import { parseResponse, type CurlCommand } from '~/lib/inspector/parse';
import { clipped } from '~/lib/text/clip';
import { dataTableElement, h, revealAnswer, type Child } from './dom';

/** Rows shown per list, so that a pasted megabyte of headers cannot freeze the page. */
const MAX_ROWS = 200;
/** Characters shown of a header's value: laying out hundreds of thousands would hold the page. */
const MAX_VALUE_LENGTH = 2_000;

/** The first MAX_ROWS items, and a line saying how many more were left out. */
function capped<T>(items: T[], render: (item: T) => Child[]): Child[][] {
  const shown = items.slice(0, MAX_ROWS).map(render);
  return items.length > MAX_ROWS ? [...shown, [`… and ${items.length - MAX_ROWS} more, not shown`]] : shown;
}

/** h() with just a class, the common case here. */
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Child[]) =>
  h(tag, { class: className || undefined }, ...children);

/** A link; `label` names it apart from others with the same text. */
const link = (href: string, text: string, label?: string) =>
  h('a', { href, 'aria-label': label, class: 'text-accent underline underline-offset-2' }, text);

function block(heading: string, ...children: Child[]): HTMLElement {
  return el('section', 'mt-6', el('h3', 'text-lg font-semibold', heading), ...children);
}

const list = (items: Child[][]) =>
  el('ul', 'mt-2 list-disc space-y-1 pl-6', ...items.map((c) => el('li', '', ...c)));

function statusBlock(e: NonNullable<Explanation['status']>): HTMLElement {
  const title = `${e.code}${e.phrase ? ` ${e.phrase}` : ''}`;
  const parts: Child[] = [
    el(
      'p',
      'text-sm text-ink-muted',
      ...(e.name ? [el('code', '', e.name), ' names this status. '] : []),
      ...(e.fromMessage ? ['The error message comes with this status. '] : []),
      `Status class ${e.statusClass}`,
    ),
  ];
  if (!e.matches.length)
    parts.push(
      el(
        'p',
        'mt-2',
        'None of the APIs documented here lists this status.',
        ...(e.numberUrl ? [' ', link(e.numberUrl, `What ${title} means`)] : []),
      ),
    );
  for (const m of e.matches) {
    const flows = m.flows.flatMap((f, i) => [i ? ', ' : ' Troubleshoot: ', link(f.url, f.title)]);
    parts.push(
      el(
        'p',
        'mt-2',
        el('strong', '', `${m.apiName}: `),
        link(m.url, `${m.code} ${m.label}`),
        ` — ${m.summary}`,
        // Whether to send it again is the first thing a reader with a failed call asks.
        el(
          'span',
          'block text-sm',
          el('strong', '', 'Retry: '),
          m.retry,
          ' ',
          link(`${m.url}#retry`, 'Details', `Details on retrying ${m.apiName} ${m.code}`),
        ),
        ...(flows.length ? [el('span', 'block text-sm', ...flows)] : []),
      ),
    );
  }
  return block(`Status ${title}`, ...parts);
}

/** What to paste instead of a request: a cURL command's own output, with -i if it lacks one. */
function pasteAdvice(curl: CurlCommand | undefined): Child[] {
  if (!curl)
    return ['This is where a request went, not what came back: paste the response, its headers or its body.'];
  if (curl.printsHeaders) return ['This is the cURL command, not what it printed: paste its output.'];
  return [
    'This is the cURL command, not what it printed: run it with ',
    el('code', '', '-i'),
    ' added, so that cURL prints the status line and headers above the body, and paste its output.',
  ];
}

function requestBlock({ url, queryBuilderUrl, curl }: NonNullable<Explanation['request']>): HTMLElement {
  return block(
    'Request URL',
    el('p', 'mt-2 font-mono text-sm break-all', url),
    el(
      'p',
      'mt-2',
      ...pasteAdvice(curl),
      ...(queryBuilderUrl
        ? [' ', link(queryBuilderUrl, 'The query builder'), ' explains the parameters of this URL.']
        : []),
    ),
  );
}

function render(explanation: Explanation): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (explanation.request) out.push(requestBlock(explanation.request));
  if (explanation.status) out.push(statusBlock(explanation.status));
  const rate = explanation.rateLimit;
  if (rate && (rate.lines.length || rate.pacing))
    out.push(
      block(
        'Rate limit',
        list(rate.lines.map((line) => [line])),
        ...(rate.pacing ? [el('p', 'mt-2 font-semibold', rate.pacing)] : []),
      ),
    );
  if (explanation.messages.length)
    out.push(
      block(
        'Error messages',
        list(
          capped(explanation.messages, (m) =>
            m.match
              ? [
                  el('code', '', m.message),
                  m.match.kind === 'exact' ? ' — ' : ' — close to ',
                  link(m.match.error.url, m.match.error.title),
                ]
              : [el('code', '', m.message), ' — not a message documented here'],
          ),
        ),
      ),
    );
  if (explanation.title || explanation.fieldErrors.length)
    out.push(
      block(
        'Error details',
        ...(explanation.title ? [el('p', 'mt-2', explanation.title)] : []),
        ...(explanation.fieldErrors.length
          ? [list(capped(explanation.fieldErrors, (f) => [el('code', '', f.field), `: ${f.message}`]))]
          : []),
      ),
    );
  if (explanation.headers.length) {
    const rows = explanation.headers.slice(0, MAX_ROWS).map((header) => [
      {
        class: 'font-mono sm:whitespace-nowrap',
        content: header.known ? link(header.known.url, header.name) : header.name,
      },
      { class: 'font-mono wrap-anywhere sm:min-w-32', content: clipped(header.value, MAX_VALUE_LENGTH) },
      { content: header.known?.summary ?? 'Not documented here.' },
    ]);
    out.push(
      block(
        'Headers',
        dataTableElement(['Header', 'Value', 'What it is'], rows, 'mt-2'),
        ...(explanation.headers.length > MAX_ROWS
          ? [
              el(
                'p',
                'mt-2 text-sm text-ink-muted',
                `… and ${explanation.headers.length - MAX_ROWS} more, not shown`,
              ),
            ]
          : []),
      ),
    );
  }
  if (explanation.unrecognised.length)
    out.push(block('Not recognized', list(capped(explanation.unrecognised, (u) => [u]))));
  if (!out.length)
    out.push(el('p', 'text-ink-muted', 'Nothing recognizable yet: paste a status line, headers or a body.'));
  if (explanation.notice) out.unshift(el('p', 'font-semibold', explanation.notice));
  return out;
}

/**
 * Starts the tool; `example` is an example the reader clicked while this code was loading, and
 * `asked` whether they pasted or pressed Explain meanwhile.
 */
export async function startInspector(example?: string, asked = false): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-inspector-form]');
  const input = form?.querySelector<HTMLTextAreaElement>('textarea');
  const output = document.querySelector<HTMLElement>('[data-inspector-output]');
  const heading = document.getElementById('inspector-result-title');
  if (!form || !input || !output || !heading || !form.dataset.knowledge) return;
  const knowledge = fetch(form.dataset.knowledge).then((r) => r.json() as Promise<Knowledge>);

  /** `reveal`: the reader asked for the answer (paste, Explain, an example), so it is brought to them. */
  const explain = async (reveal = false) => {
    if (!input.value.trim()) {
      output.replaceChildren(el('p', 'text-ink-muted', 'Paste a response above, or pick an example.'));
      return;
    }
    const text = input.value;
    const explanation = explainResponse(parseResponse(text), await knowledge);
    // A slower answer to older text must not replace the answer to newer text.
    if (text !== input.value) return;
    output.replaceChildren(...render(explanation));
    if (reveal) revealAnswer(heading);
  };

  // Typing is explained as it goes, without moving the reader; a paste is the whole answer asked for.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pasted = false;
  input.addEventListener('paste', () => (pasted = true));
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const reveal = pasted;
    pasted = false;
    timer = setTimeout(() => void explain(reveal), reveal ? 0 : 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void explain(true);
  });
  form.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>(
      '[data-inspector-example],[data-inspector-clear]',
    );
    if (!target) return;
    input.value = target.dataset.inspectorExample ?? '';
    if (target.hasAttribute('data-inspector-clear')) {
      void explain();
      input.focus();
    } else void explain(true);
  });

  // A deep link such as ?code=429 pre-fills just the code; anything else in the query is ignored.
  const code = inputFromCode(new URLSearchParams(location.search).get('code') ?? '');
  if (example !== undefined) input.value = example;
  else if (code && !input.value.trim()) input.value = code;
  // Text pasted or typed while this code was loading is explained now; an example's answer is shown.
  if (input.value.trim()) await explain(asked || example !== undefined);
}
