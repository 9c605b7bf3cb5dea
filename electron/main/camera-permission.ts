// The camera, and nothing else: the one permission the renderer can be granted, only to the app's
// own page, only while its capture view is open (the page says so over IPC), and video only (never
// the microphone). Every other permission stays denied. Electron is passed in, so this is unit-tested.
import type { AppUrlPolicy } from './app-url';
import type { IpcMainLike, SenderFrame } from './ipc';
import { STIPPLE_CAPTURE_CHANNEL } from '../shared/ipc-channel';

/** Whether the capture view is open; the page opens and closes it (electron/main/ipc.ts). */
export interface CaptureGate {
  readonly open: boolean;
  setOpen(open: boolean): void;
}

export function captureGate(): CaptureGate {
  let open = false;
  return {
    get open() {
      return open;
    },
    setOpen(value) {
      open = value;
    },
  };
}

/** What Electron says of a media request (its `details`). */
export interface MediaRequestDetails {
  requestingUrl?: string;
  mediaTypes?: string[];
  /** For a permission check: 'video' or 'audio'. */
  mediaType?: string;
}

export interface PermissionDeps {
  policy: Pick<AppUrlPolicy, 'isAppPage'>;
  gate: Pick<CaptureGate, 'open'>;
}

/** Whether to grant `permission` for `url`. */
export function grantsPermission(
  deps: PermissionDeps,
  permission: string,
  url: string | undefined,
  details: MediaRequestDetails = {},
): boolean {
  if (permission !== 'media') return false;
  if (!deps.gate.open || url === undefined || !deps.policy.isAppPage(url)) return false;
  const types = details.mediaTypes ?? (details.mediaType ? [details.mediaType] : []);
  // A request for nothing named, or for sound, is not the camera.
  return types.length > 0 && types.every((t) => t === 'video');
}

/**
 * The page opens and closes the capture view over IPC. Only the app's own top frame is heard, and a
 * window that goes away closes it. Returns a function that removes the handler.
 */
export function bindCaptureGate(deps: {
  ipcMain: IpcMainLike;
  gate: CaptureGate;
  isTrustedSender: (frame: SenderFrame | null) => boolean;
}): () => void {
  const watched = new Set<number>();
  deps.ipcMain.handle(STIPPLE_CAPTURE_CHANNEL, (event, open) => {
    if (!deps.isTrustedSender(event.senderFrame)) return false;
    deps.gate.setOpen(open === true);
    if (!watched.has(event.sender.id)) {
      watched.add(event.sender.id);
      event.sender.once('destroyed', () => {
        watched.delete(event.sender.id);
        deps.gate.setOpen(false);
      });
    }
    return true;
  });
  return () => deps.ipcMain.removeHandler(STIPPLE_CAPTURE_CHANNEL);
}
