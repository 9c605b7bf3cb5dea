import type { Channel } from '../contract';
import { aftercareHandlers } from './aftercare';
import { clientListHandlers } from './client-list';
import { clientHandlers } from './clients';
import { depositHandlers } from './deposits';
import { draftHandlers } from './drafts';
import { intakeHandlers } from './intake';
import { pigmentHandlers } from './pigments';
import { planHandlers } from './plans';
import { receptionHandlers } from './reception';
import { requestHandlers } from './requests';
import { sessionHandlers } from './sessions';
import { settingsHandlers } from './settings';
import { staffHandlers } from './staff';
import { authHandlers } from './auth';
import { safetyHandlers } from './safety';
import { workstationHandlers } from './workstations';
import { networkHandlers } from './network';
import { keyHandlers } from './keys';
import { bookHandlers } from './book';
import { batchHandlers } from './batches';
import { retentionHandlers } from './retention';
import { bookContactHandlers } from './book-contact';
import { photoHandlers } from './photos';
import { paymentHandlers } from './payments';
import { roomHandlers } from './rooms';
import { documentHandlers } from './documents';
import { consentHandlers } from './consent';
import { consentSignHandlers } from './consent-sign';
import { clientImportHandlers } from './client-import';
import { rightsHandlers } from './rights';
import type { HandlerMap } from './types';

/** Every channel of the contract has exactly one handler; the type fails if one is missing. */
export const handlers: HandlerMap<Channel> = {
  ...clientHandlers,
  ...intakeHandlers,
  ...planHandlers,
  ...receptionHandlers,
  ...sessionHandlers,
  ...requestHandlers,
  ...depositHandlers,
  ...staffHandlers,
  ...authHandlers,
  ...safetyHandlers,
  ...settingsHandlers,
  ...pigmentHandlers,
  ...aftercareHandlers,
  ...draftHandlers,
  ...clientListHandlers,
  ...workstationHandlers,
  ...networkHandlers,
  ...keyHandlers,
  ...bookHandlers,
  ...batchHandlers,
  ...retentionHandlers,
  ...bookContactHandlers,
  ...photoHandlers,
  ...paymentHandlers,
  ...roomHandlers,
  ...documentHandlers,
  ...consentHandlers,
  ...consentSignHandlers,
  ...clientImportHandlers,
  ...rightsHandlers,
};
