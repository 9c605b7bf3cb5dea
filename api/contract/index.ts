// The one contract: every channel the renderer may call, with its input and output schemas.
// To add a channel: define it in an area file here, handle it in api/handlers/, test good and bad input.
import type { z } from 'zod';
import { aftercareContract } from './aftercare';
import { clientListContract } from './client-list';
import { clientsContract } from './clients';
import { depositsContract } from './deposits';
import { draftsContract } from './drafts';
import { intakeContract } from './intake';
import { pigmentsContract } from './pigments';
import { plansContract } from './plans';
import { receptionContract } from './reception';
import { requestsContract } from './requests';
import { sessionsContract } from './sessions';
import { settingsContract } from './settings';
import { staffContract } from './staff';
import { authContract } from './auth';
import { safetyContract } from './safety';
import { workstationsContract } from './workstations';
import { networkContract } from './network';
import { keysContract } from './keys';
import { bookContract } from './book';
import { batchesContract } from './batches';
import { retentionContract } from './retention';
import { bookContactContract } from './book-contact';
import { photosContract } from './photos';
import { paymentsContract } from './payments';
import { roomsContract } from './rooms';
import { documentsContract } from './documents';
import { consentContract } from './consent';
import { clientImportContract } from './client-import';
import { rightsContract } from './rights';

export const contract = {
  ...clientsContract,
  ...intakeContract,
  ...plansContract,
  ...receptionContract,
  ...sessionsContract,
  ...requestsContract,
  ...depositsContract,
  ...staffContract,
  ...authContract,
  ...safetyContract,
  ...settingsContract,
  ...pigmentsContract,
  ...aftercareContract,
  ...draftsContract,
  ...clientListContract,
  ...workstationsContract,
  ...networkContract,
  ...keysContract,
  ...bookContract,
  ...batchesContract,
  ...retentionContract,
  ...bookContactContract,
  ...photosContract,
  ...paymentsContract,
  ...roomsContract,
  ...documentsContract,
  ...consentContract,
  ...clientImportContract,
  ...rightsContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The channels that only read: what a change can make stale. */
export type QueryChannel = { [C in Channel]: Contract[C] extends { kind: 'query' } ? C : never }[Channel];
/** The channels that write (changes and tasks). */
export type ChangeChannel = Exclude<Channel, QueryChannel>;

type DeclaredStale = {
  [C in Channel]: Contract[C] extends { invalidates: infer S } ? Extract<S, readonly string[]>[number] : never;
}[Channel];
/** A name in an `invalidates` list that is not a query channel (a typo) fails to compile here, naming it. */
const everyDeclaredNameIsAQuery: [Exclude<DeclaredStale, QueryChannel>] extends [never] ? true : Exclude<DeclaredStale, QueryChannel> =
  true;
void everyDeclaredNameIsAQuery;

/**
 * The query channels whose answers may have changed once `channel` has succeeded: the renderer
 * refetches them in the window that made the change, and the dispatcher tells every other session.
 * A query makes nothing stale.
 */
export function staleAfter(channel: Channel): readonly QueryChannel[] | 'all' {
  const def = contract[channel];
  return 'invalidates' in def ? def.invalidates : [];
}
