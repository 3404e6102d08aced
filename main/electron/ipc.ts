import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_CALL_NAMES, ipcChannel, type Result } from '../../preload/contract.js';
import type { AppCore } from '../core/app-core-types.js';
import type { Logger } from '../ports/logger.js';
import { isAppUrl } from './app-protocol.js';
import type { TrustedSenders } from './trusted-senders.js';

export interface IpcOptions {
  core: Pick<AppCore, 'dispatch' | 'subscribe'>;
  trusted: TrustedSenders;
  logger: Logger;
}

const REJECTED: Result<never> = {
  ok: false,
  error: { code: 'invalid_argument', message: 'This call is not allowed from this window.' },
};

/**
 * Why an IPC message must be refused, or null when its sender is trusted (VS Code's validatedIpcMain):
 * a trusted webContents id, the main frame, and a frame URL on the app:// origin.
 */
export function senderRejection(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, trusted: TrustedSenders): string | null {
  if (!trusted.has(event.sender.id)) return 'untrusted_sender';
  const frame = event.senderFrame;
  if (!frame) return 'frame_gone';
  if (frame.parent !== null) return 'not_main_frame';
  if (!isAppUrl(frame.url)) return 'foreign_origin';
  return null;
}

/**
 * Binds every contract call to core.dispatch behind the sender check, and forwards core events
 * to the live trusted windows. Returns a function that undoes both.
 */
export function registerIpc({ core, trusted, logger }: IpcOptions): () => void {
  for (const name of API_CALL_NAMES) {
    const channel = ipcChannel(name);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
      const reason = senderRejection(event, trusted);
      if (reason) {
        logger.log('warn', 'ipc.rejected', { channel, reason, senderId: event.sender.id });
        return REJECTED;
      }
      try {
        return await core.dispatch(name, args);
      } catch (error) {
        logger.log('error', 'ipc.dispatch_failed', { channel, error });
        return { ok: false, error: { code: 'internal', message: 'Something went wrong inside the app.' } };
      }
    });
  }

  const unsubscribe = core.subscribe((event) => {
    for (const webContents of trusted.live()) {
      if (!isAppUrl(webContents.getURL())) continue;
      webContents.send(ipcChannel(event.name), event.payload);
    }
  });

  return () => {
    unsubscribe();
    for (const name of API_CALL_NAMES) ipcMain.removeHandler(ipcChannel(name));
  };
}
