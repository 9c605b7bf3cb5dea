import type Database from 'better-sqlite3';
import type { NetworkInterfaceInfo } from 'node:os';
import type { Db } from '../db/open';
import type { ServerEvent } from './contract/events';
import type { KeyProtectionKind } from './contract/keys';
import type { HubState } from './contract/network';
import type { TaskRunner } from './tasks/types';

/** What a long task reports as it goes: the step a person reads, and how far along it is. */
export interface Progress {
  step: string;
  done: number;
  total: number;
}

/** The caller's own session, as a handler may change it (auth handlers, restore). */
export interface CallerControl {
  readonly id: string;
  /** Sign this caller in as the staff member; takes effect when the change commits. */
  signIn(staffId: number): void;
  signOut(): void;
  /** Sign every caller out, this one included (after a restore). */
  signOutEveryone(reason: Extract<ServerEvent, { type: 'signed_out' }>['reason']): void;
}

/** How workstations reach this Stipple when it is the clinic's hub (network/hub-server.ts). */
export interface HubIdentity {
  /** host:port, as a workstation types it. */
  address: string;
  /** The hub certificate's SHA-256 fingerprint (AB:CD:…). */
  fingerprint: string;
}

/** What a handler gets: the database and who is calling. Made afresh for every call. */
export interface HandlerContext {
  db: Db;
  sqlite: Database.Database;
  /** The caller's signed-in staff member, or null when nobody is signed in in that window. */
  actorId: number | null;
  /** The caller's session; null for work nobody called (seeding defaults, scheduled backups). */
  caller: CallerControl | null;
  now(): Date;
  /**
   * Runs `apply` once the change's transaction has committed (never when it rolls back): work outside
   * the database, such as deleting files, that must not happen for a change that did not happen.
   * Absent where nothing wraps the call in a transaction (seeding, tasks): see api/after-commit.ts.
   */
  afterCommit?(apply: () => void): void;
  /** The database file and its migrations, for backup and restore. */
  files?: { database: string; migrationsFolder: string | null };
  /** Runs backup, restore, verify, export and import (api/tasks/); absent: inline on `sqlite`. */
  tasks?: TaskRunner;
  /** How the transport keeps the database key (Settings says so); absent: not told. */
  keyProtection?: KeyProtectionInfo;
  /** The caller's language (their own, else the clinic's), for words a result carries; absent: English. */
  locale?(): string;
  /** A task tells its caller how far it is (a progress bar in the window that started it). */
  progress?: (p: Progress) => void;
  /** This Stipple as the clinic's hub; absent or null when it is not serving workstations. */
  hub?: () => HubIdentity | null;
  /** Whether the hub on this computer serves, or why not; absent: this host cannot serve workstations. */
  hubState?: () => HubState;
  /** This computer's network interfaces (os.networkInterfaces()); passed in by tests. */
  networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
}

/** How the database key is kept on this computer, as the transport that opened the database knows it. */
export interface KeyProtectionInfo {
  kind: KeyProtectionKind;
  /** The key file, for key_file. */
  where?: string;
}

/** The language to put a result's words in: the caller's, or English when no caller is known. */
export function readerLocale(ctx: Pick<HandlerContext, 'locale'>): string {
  return ctx.locale?.() ?? 'en-GB';
}
