// Every area's messages, joined into the three catalogs by messages-en/de/es.ts. Ids are prefixed by
// their area, so no two areas share one (catalogs.test.ts checks).
import { aftercareMessages } from './aftercare';
import { apiMessages } from './api';
import { authMessages } from './auth';
import { bookMessages } from './book';
import { chartMessages } from './chart';
import { clientsMessages } from './clients';
import { commonMessages } from './common';
import { consentMessages } from './consent';
import { printoutsMessages } from './printouts';
import { receptionMessages } from './reception';
import { reportsMessages } from './reports';
import { sessionMessages } from './session';
import { settingsMessages } from './settings';
import { traceabilityMessages } from './traceability';
import { vocabMessages } from './vocab';
import { bookGridMessages } from './bookGrid';
import { formsMessages } from './forms';
import { photosMessages } from './photos';
import { rightsMessages } from './rights';
import { checksMessages } from './checks';
import { refusalsMessages } from './refusals';
import { offlineMessages } from './offline';
import { permissionsMessages } from './permissions';
import { depositRulesMessages } from './depositRules';
import { dataErrorsMessages } from './dataErrors';
import { moveInMessages } from './moveIn';
import { shellMessages } from './shell';
import { startupMessages } from './startup';

export const AREAS = {
  checks: checksMessages,
  refusals: refusalsMessages,
  offline: offlineMessages,
  permissions: permissionsMessages,
  depositRules: depositRulesMessages,
  dataErrors: dataErrorsMessages,
  moveIn: moveInMessages,
  shell: shellMessages,
  startup: startupMessages,
  aftercare: aftercareMessages,
  api: apiMessages,
  auth: authMessages,
  book: bookMessages,
  chart: chartMessages,
  clients: clientsMessages,
  common: commonMessages,
  consent: consentMessages,
  printouts: printoutsMessages,
  reception: receptionMessages,
  reports: reportsMessages,
  session: sessionMessages,
  settings: settingsMessages,
  traceability: traceabilityMessages,
  vocab: vocabMessages,
  bookGrid: bookGridMessages,
  forms: formsMessages,
  photos: photosMessages,
  rights: rightsMessages,
} as const;
