// Work outside the database that belongs to a change (deleting a photo's files) runs only once the
// change's transaction has committed: a rolled-back change must leave its files in place, or a row
// would point at a file that is gone.
import type { HandlerContext } from './context';

/**
 * Runs `apply` after the commit of the transaction the handler runs in. Without a dispatcher (a
 * handler called directly outside a transaction) it runs at once; inside a transaction nobody will
 * report the commit of, it is skipped: leaving a file behind is safe, deleting one too early is not.
 */
export function afterCommit(ctx: HandlerContext, apply: () => void): void {
  if (ctx.afterCommit) ctx.afterCommit(apply);
  else if (!ctx.sqlite.inTransaction) apply();
}
