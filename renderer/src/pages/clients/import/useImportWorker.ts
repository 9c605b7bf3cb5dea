// The import worker as promises: one worker per import screen, ended when the screen goes.
import { useEffect, useMemo } from 'react';
import type { FromWorker, ToWorker } from './import-protocol';
import { t } from '../../../i18n';

export interface ImportWorker {
  ask(message: ToWorker, transfer?: Transferable[]): Promise<FromWorker>;
}

export function useImportWorker(): ImportWorker {
  const worker = useMemo(() => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }), []);
  useEffect(() => () => worker.terminate(), [worker]);
  return useMemo(
    () => ({
      // One question at a time: the screen waits for each answer before it asks again.
      ask: (message, transfer = []) =>
        new Promise<FromWorker>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent<FromWorker>) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message || t('clients.import.unreadable')));
          worker.postMessage(message, transfer);
        }),
    }),
    [worker],
  );
}
