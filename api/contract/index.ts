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
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
