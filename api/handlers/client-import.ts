// Moving in (api/contract/client-import.ts): the dry run and the import run as tasks, on a worker
// with its own connection where the API has one, so other desks keep reading while 20,000 rows go in;
// their writes wait for the import's one transaction (measured in bench/import.bench.ts).
import type { HandlerContext } from '../context';
import { inlineTaskRunner } from '../tasks/runner';
import type { TaskInputs, TaskKind, TaskOutputs } from '../tasks/types';
import type { HandlerMap } from './types';

function runTask<K extends TaskKind>(ctx: HandlerContext, kind: K, input: TaskInputs[K]): Promise<TaskOutputs[K]> {
  const tasks = ctx.tasks ?? inlineTaskRunner(ctx.sqlite);
  return tasks.run(kind, input, ctx.progress ? { onProgress: ctx.progress } : {});
}

export const clientImportHandlers: HandlerMap<'clients.importCheck' | 'clients.import'> = {
  'clients.importCheck'(ctx, { rows }) {
    return runTask(ctx, 'clientImportCheck', { rows });
  },
  'clients.import'(ctx, input) {
    return runTask(ctx, 'clientImport', { input, now: ctx.now().toISOString(), actorId: ctx.actorId });
  },
};
