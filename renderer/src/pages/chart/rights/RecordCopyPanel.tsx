// Makes the copy of the record: the readable PDF here (react-pdf), the API attaches the JSON and
// encrypts it, and the file is saved through the browser's (or Electron's) download.
import { useRef, useState, type FormEvent } from 'react';
import { call } from '../../../api/client';
import { Field } from '../../../components/Field';
import { t } from '../../../i18n';
import { makeRecordCopyPdf } from '../../../pdf/recordCopyPdf';

function download(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function RecordCopyPanel({ clientId, onClose }: { clientId: number; onClose: () => void }) {
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const data = await call('rights.recordData', { clientId });
      if (!data.ok) return setErrors({ form: data.error.message });
      const pdf = await makeRecordCopyPdf(data.data);
      const r = await call('rights.recordCopy', {
        clientId,
        pdfBase64: toBase64(pdf),
        encrypt,
        ...(encrypt ? { passphrase, passphraseAgain: again } : {}),
      });
      if (!r.ok) return setErrors({ ...(r.error.fields ?? {}), ...(r.error.fields ? {} : { form: r.error.message }) });
      download(r.data.fileName, r.data.base64);
      setMessage(t(r.data.encrypted ? 'rights.copy.savedEncrypted' : 'rights.copy.saved', { file: r.data.fileName }));
      setTimeout(() => done.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="rights-panel" onSubmit={(e) => void submit(e)} aria-labelledby="copy-title" noValidate>
      <h3 id="copy-title">{t('rights.copy')}</h3>
      <p>{t('rights.copy.intro')}</p>
      <fieldset className="rights-choice">
        <legend>{t('rights.copy.protect')}</legend>
        <label>
          <input type="radio" name="encrypt" checked={encrypt} onChange={() => setEncrypt(true)} /> {t('rights.copy.withPassphrase')}
        </label>
        <label>
          <input type="radio" name="encrypt" checked={!encrypt} onChange={() => setEncrypt(false)} /> {t('rights.copy.plain')}
        </label>
      </fieldset>
      {encrypt ? (
        <>
          <Field label={t('rights.copy.passphrase')} error={errors.passphrase} hint={t('rights.copy.passphraseHint')}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => {
                  setPassphrase(e.target.value);
                  setErrors({});
                }}
              />
            )}
          </Field>
          <Field label={t('rights.copy.again')} error={errors.passphraseAgain}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={again}
                onChange={(e) => {
                  setAgain(e.target.value);
                  setErrors({});
                }}
              />
            )}
          </Field>
        </>
      ) : (
        <p className="notice notice-changed">{t('rights.copy.plainWarning')}</p>
      )}
      {errors.form && (
        <p className="notice notice-error" role="alert">
          {errors.form}
        </p>
      )}
      {message && (
        <p className="notice" ref={done} tabIndex={-1} role="status">
          {message}
        </p>
      )}
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={busy}>
          {busy ? t('rights.copy.making') : t('rights.copy.make')}
        </button>
        <button className="button" type="button" onClick={onClose}>
          {t('rights.close')}
        </button>
      </div>
    </form>
  );
}
