// The small page Stipple shows at start, before the chart database is opened, when it needs a
// passphrase (no keychain on this computer) or a recovery key (a database with no key here). A
// whole page in one string: no renderer build, no API (the API is not running yet). Its only way
// out is window.stippleKeyPrompt (electron/preload/key-prompt.ts). Pure, so a test renders it in
// Chromium, checks it with axe and takes its picture.
import crypto from 'node:crypto';
import type { KeyPromptRequest } from './key-store';

export const KEY_PROMPT_CHANNEL = 'stipple:key-prompt';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Copy {
  title: string;
  intro: string;
  label: string;
  confirm?: string;
  button: string;
  autocomplete: string;
}

function copyFor(request: KeyPromptRequest): Copy {
  switch (request.mode) {
    case 'create-passphrase':
      return {
        title: 'Choose a passphrase for Stipple',
        intro:
          'This computer has no keychain to keep the chart database’s key in, so Stipple protects it with a passphrase instead. You will type it each time Stipple starts. Choose a few words you will remember (at least 10 characters), and keep the recovery key sheet in case it is forgotten.',
        label: 'Passphrase',
        confirm: 'The same passphrase again',
        button: 'Set the passphrase',
        autocomplete: 'new-password',
      };
    case 'enter-passphrase':
      return {
        title: 'Unlock Stipple',
        intro: 'Type the passphrase that protects the chart database on this computer.',
        label: 'Passphrase',
        button: 'Unlock',
        autocomplete: 'current-password',
      };
    case 'recovery-key':
      return {
        title: 'Open a chart database from another computer',
        intro: `Stipple found a chart database that was encrypted on another computer (${request.file}). Type the recovery key from the sheet printed when Stipple was set up there: 14 groups of 5 letters and digits.`,
        label: 'Recovery key',
        button: 'Open the chart database',
        autocomplete: 'off',
      };
  }
}

const SCRIPT = `(() => {
const form = document.querySelector('form');
const answer = document.getElementById('answer');
const again = document.getElementById('again');
const problem = document.getElementById('problem');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (again && again.value !== answer.value) {
    problem.textContent = 'The two passphrases differ. Type the same passphrase twice.';
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

export function keyPromptHtml(request: KeyPromptRequest): string {
  const c = copyFor(request);
  const scriptHash = crypto.createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; form-action 'none'; base-uri 'none'`;
  const mono = request.mode === 'recovery-key' ? ' style="font-family: ui-monospace, monospace; letter-spacing: .05em"' : '';
  const type = request.mode === 'recovery-key' ? 'text' : 'password';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escape(c.title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escape(c.title)}</h1>
<p>${escape(c.intro)}</p>
<form novalidate>
<label for="answer">${escape(c.label)}</label>
<input id="answer" type="${type}" autocomplete="${c.autocomplete}" spellcheck="false" required${mono}${request.problem ? ' aria-invalid="true" aria-describedby="problem"' : ''}>
${c.confirm ? `<label for="again">${escape(c.confirm)}</label><input id="again" type="password" autocomplete="new-password" required>` : ''}
<p id="problem" class="problem" role="alert">${request.problem ? escape(request.problem) : ''}</p>
<div class="actions"><button type="submit">${escape(c.button)}</button><button type="button" id="quit">Quit Stipple</button></div>
</form>
</main><script>${SCRIPT}</script></body></html>`;
}

/** The page as a data: URL for the prompt window (it loads nothing else). */
export function keyPromptUrl(request: KeyPromptRequest): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(keyPromptHtml(request)).toString('base64')}`;
}
