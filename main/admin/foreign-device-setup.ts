import type { ErrorCode } from '../../preload/contract.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { DeviceAddress, ForeignSystemClient } from './foreign-system-client.js';

/**
 * SaveForeignKey "saves a key belonging to the ForeignApp and ForeignDevice specified"; SuperOffice's reference
 * does not say it creates them. So before this installation writes its first key, the application and its
 * device are made to exist with the documented calls (GetAppByName, then CreateDefaultForeignAppEntity and
 * SaveForeignAppEntity when missing; GetDeviceByIdentifier, then AddDeviceByIdentifier when missing). Success is
 * remembered per device for the life of the app, so a sync does not repeat the look-ups; `forget` (after a
 * refused write) makes the next write check again.
 */
export class ForeignDeviceSetup {
  private readonly ready = new Set<string>();

  async ensure(client: ForeignSystemClient, device: DeviceAddress): Promise<void> {
    const id = memo(device);
    if (this.ready.has(id)) return;
    if (!(await client.hasApplication())) {
      try {
        await client.createApplication();
      } catch (error) {
        // Another installation may have created it meanwhile; only a still-missing application is a failure.
        if (!(await client.hasApplication())) throw error;
      }
    }
    if (!(await client.hasDevice(device))) await client.addDevice(device);
    this.ready.add(id);
  }

  forget(device: DeviceAddress): void {
    this.ready.delete(memo(device));
  }

  /**
   * Saves a key on this installation's device, making sure the application and device exist first. When
   * SuperOffice refuses the write with an answer (not a timeout or a network failure), e.g. because an
   * administrator deleted the application or the device meanwhile, they are checked and recreated once and
   * the write is tried once more.
   */
  async save(client: ForeignSystemClient, device: DeviceAddress, associateId: number, key: string, value: string): Promise<void> {
    await this.ensure(client, device);
    try {
      await client.save(device, associateId, key, value);
    } catch (error) {
      this.forget(device);
      if (!ANSWERED.has(toAppError(error).code)) throw error;
      await this.ensure(client, device);
      await client.save(device, associateId, key, value);
    }
  }
}

/** Failures where SuperOffice answered (and may have said the application or device is missing). */
const ANSWERED: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['bad_response', 'not_found', 'server_error']);

function memo(device: DeviceAddress): string {
  return `${device.deviceIdentifier}\n${device.deviceName}`;
}
