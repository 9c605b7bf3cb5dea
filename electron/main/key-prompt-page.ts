// The small page Stipple shows at start, before the chart database is opened, when it needs a
// passphrase (no keychain on this computer) or a recovery key (a database with no key here). A
// whole page in one string: no renderer build, no API (the API is not running yet). Its only way
// out is window.stippleKeyPrompt (electron/preload/key-prompt.ts). Pure, so a test renders it in
// Chromium, checks it with axe and takes its picture.
import crypto from 'node:crypto';
import { languageOf } from '../../core/i18n/languages';
import { translate, type MessageId } from '../../core/i18n/translate';
import type { KeyPromptRequest } from './key-store';

export const KEY_PROMPT_CHANNEL = 'stipple:key-prompt';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Copy {
  title: MessageId;
  intro: MessageId;
  label: MessageId;
  confirm?: MessageId;
  button: MessageId;
  autocomplete: string;
}

function copyFor(request: KeyPromptRequest): Copy {
  switch (request.mode) {
    case 'create-passphrase':
      return {
        title: 'startup.prompt.create.title',
        intro: 'startup.prompt.create.intro',
        label: 'startup.prompt.passphrase',
        confirm: 'startup.prompt.create.again',
        button: 'startup.prompt.create.button',
        autocomplete: 'new-password',
      };
    case 'enter-passphrase':
      return {
        title: 'startup.prompt.enter.title',
        intro: 'startup.prompt.enter.intro',
        label: 'startup.prompt.passphrase',
        button: 'startup.prompt.enter.button',
        autocomplete: 'current-password',
      };
    case 'recovery-key':
      return {
        title: 'startup.prompt.recovery.title',
        intro: 'startup.prompt.recovery.intro',
        label: 'startup.prompt.recovery.label',
        button: 'startup.prompt.recovery.button',
        autocomplete: 'off',
      };
  }
}

/** A problem by message id (the prompt's own), or a sentence already worded (a recovery key's typo, English). */
export type PromptProblem = string | { id: MessageId; values?: Record<string, string | number> };

const problemWords = (problem: PromptProblem, locale: string) =>
  typeof problem === 'string' ? problem : translate(locale, problem.id, problem.values);

const SCRIPT = `(() => {
const form = document.querySelector('form');
const answer = document.getElementById('answer');
const again = document.getElementById('again');
const problem = document.getElementById('problem');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (again && again.value !== answer.value) {
    problem.textContent = problem.dataset.differ;
    again.setAttribute('aria-invalid', 'true');
    again.focus();
    return;
  }
  form.querySelector('button[type=submit]').disabled = true;
  window.stippleKeyPrompt.submit(answer.value);
});
document.getElementById('quit').addEventListener('click', () => window.stippleKeyPrompt.cancel());
answer.focus();
})();
`;

const STYLE = `
body { font: 16px/1.45 system-ui, sans-serif; color: #1a1a1a; background: #f4f1ec; margin: 0; }
main { max-width: 34rem; margin: 2.5rem auto; background: #fff; padding: 1.75rem 2rem; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
h1 { font-size: 1.4rem; margin: 0 0 .75rem; }
p { margin: 0 0 1rem; }
label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
input { width: 100%; box-sizing: border-box; font: inherit; padding: .5rem .6rem; border: 1px solid #767676; border-radius: 4px; }
input:focus, button:focus { outline: 3px solid #1d5fbf; outline-offset: 2px; }
.problem { color: #a4161a; font-weight: 600; min-height: 1.4em; margin-top: .75rem; }
.actions { display: flex; gap: .75rem; margin-top: 1rem; }
button { font: inherit; padding: .55rem 1rem; border-radius: 4px; border: 1px solid #1a1a1a; background: #fff; cursor: pointer; }
button[type=submit] { background: #1d4f91; border-color: #1d4f91; color: #fff; }
`;

/** The page in `locale`'s language (the system's: the clinic's is inside the database not yet open). */
export function keyPromptHtml(request: KeyPromptRequest, locale = 'en-GB'): string {
  const c = copyFor(request);
  const t = (id: MessageId) => escape(translate(locale, id, request.mode === 'recovery-key' ? { file: request.file } : {}));
  const scriptHash = crypto.createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; form-action 'none'; base-uri 'none'`;
  const mono = request.mode === 'recovery-key' ? ' style="font-family: ui-monospace, monospace; letter-spacing: .05em"' : '';
  const type = request.mode === 'recovery-key' ? 'text' : 'password';
  return `<!doctype html>
<html lang="${languageOf(locale)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${t(c.title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${t(c.title)}</h1>
<p>${t(c.intro)}</p>
<form novalidate>
<label for="answer">${t(c.label)}</label>
<input id="answer" type="${type}" autocomplete="${c.autocomplete}" spellcheck="false" required${mono}${request.problem ? ' aria-invalid="true" aria-describedby="problem"' : ''}>
${c.confirm ? `<label for="again">${t(c.confirm)}</label><input id="again" type="password" autocomplete="new-password" required>` : ''}
<p id="problem" class="problem" role="alert" data-differ="${t('startup.prompt.differ')}">${request.problem ? escape(problemWords(request.problem, locale)) : ''}</p>
<div class="actions"><button type="submit">${t(c.button)}</button><button type="button" id="quit">${t('startup.prompt.quit')}</button></div>
</form>
</main><script>${SCRIPT}</script></body></html>`;
}

/** The page as a data: URL for the prompt window (it loads nothing else). */
export function keyPromptUrl(request: KeyPromptRequest, locale = 'en-GB'): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(keyPromptHtml(request, locale)).toString('base64')}`;
}
