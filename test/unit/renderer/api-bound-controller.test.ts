import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import type { TrayApi, Unsubscribe } from '../../../preload/contract.js';
import { ApiBoundController } from '../../../renderer/controllers/api-bound-controller.js';
import { MemoryTrayApi, allViews } from './support/memory-tray-api.js';

/** A host as Lit drives one: controllers are told when it connects, updates and disconnects. */
class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  readonly updateComplete = Promise.resolve(true);
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

/** Records what the base asks of a subclass. */
class Recorder extends ApiBoundController {
  readonly attached: Array<{ api: TrayApi; key: unknown; generation: number }> = [];
  detachedCount = 0;
  constructor(host: FakeHost, getApi: () => TrayApi | undefined, private readonly getKey: () => string | undefined) {
    super(host, getApi);
    host.addController(this);
  }
  protected override bindingKey(): unknown {
    return this.getKey();
  }
  protected attach(api: TrayApi): Unsubscribe {
    this.attached.push({ api, key: this.getKey(), generation: this.generation });
    return api.on('agendaChanged', () => {});
  }
  protected override detached(): void {
    this.detachedCount++;
  }
}

describe('ApiBoundController', () => {
  it('binds when the host connects, again when the API or the key changes, and lets go when it disconnects', () => {
    const host = new FakeHost();
    const first = new MemoryTrayApi(allViews({}));
    const second = new MemoryTrayApi(allViews({}));
    let api: MemoryTrayApi | undefined;
    let key: string | undefined = 'zoom';
    const controller = new Recorder(host, () => api, () => key);

    host.connect();
    expect(controller.attached).toHaveLength(0); // no API yet
    api = first;
    host.update();
    expect(controller.attached.map((each) => each.api)).toEqual([first]);
    expect(first.listenerCount('agendaChanged')).toBe(1);
    host.update();
    expect(controller.attached).toHaveLength(1); // nothing changed: no new binding

    key = 'teams';
    host.update();
    expect(controller.attached.map((each) => each.key)).toEqual(['zoom', 'teams']);
    expect(first.listenerCount('agendaChanged')).toBe(1); // the old subscription ended

    api = second;
    host.update();
    expect(first.listenerCount('agendaChanged')).toBe(0);
    expect(second.listenerCount('agendaChanged')).toBe(1);

    host.disconnect();
    expect(second.listenerCount('agendaChanged')).toBe(0);
    expect(controller.detachedCount).toBe(5); // before each of the four bindings (the first found no API), and at disconnect
    const generations = controller.attached.map((each) => each.generation);
    expect(new Set(generations).size).toBe(generations.length); // every binding has its own generation
  });
});
