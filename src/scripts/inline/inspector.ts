/**
 * The inspector page's script, inline (pages/tools/inspector). The tool's code, at the URL its form
 * names, loads on the first sign of use (or at once for a ?code= link), so it never competes with
 * the page's first view. An example clicked while it loads is handed over, and so is whether the
 * reader asked for the answer (a paste, Explain).
 */
const form = document.querySelector<HTMLFormElement>('[data-inspector-form]');
if (form?.dataset.module) {
  const url = form.dataset.module;
  let example: string | undefined;
  // A paste or Explain while the code loads asks for the answer, which it then brings into view.
  let asked = false;
  let started: Promise<void> | undefined;
  const start = () =>
    (started ??= import(/* @vite-ignore */ url).then(
      (m: { startInspector: (example?: string, reveal?: boolean) => void }) =>
        m.startInspector(example, asked),
    ));
  if (new URLSearchParams(location.search).has('code')) void start();
  for (const type of ['focusin', 'pointerdown', 'keydown'])
    form.addEventListener(type, () => void start(), { once: true });
  // The form never submits: the pasted text must not reach the URL, even before the code is here.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    asked = true;
    void start();
  });
  form.addEventListener('paste', () => (asked = true));
  form.addEventListener('click', (event) => {
    const button =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[data-inspector-example]') : null;
    example = button?.dataset.inspectorExample;
  });
}
