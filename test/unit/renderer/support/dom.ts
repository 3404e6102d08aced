import type { TrayApi } from '../../../../preload/contract.js';
import type { ConnectionCard } from '../../../../renderer/components/connection-card.js';
import type { VmtApp } from '../../../../renderer/components/vmt-app.js';
import '../../../../renderer/components/vmt-app.js';

/** Puts a <vmt-app> with the given API into the document and waits until it has settled. */
export async function mountApp(api: TrayApi): Promise<VmtApp> {
  const app = document.createElement('vmt-app');
  app.api = api;
  document.body.append(app);
  await settle(app);
  return app;
}

/** Lets pending promises, events and Lit updates run, a few rounds deep (nested components included). */
export async function settle(app: VmtApp): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await app.updateComplete;
    for (const element of litElements(app)) await element.updateComplete;
  }
}

/** Every element with an updateComplete below `host`, through the shadow roots. */
function litElements(host: Element): Array<Element & { updateComplete: Promise<boolean> }> {
  const found: Array<Element & { updateComplete: Promise<boolean> }> = [];
  for (const element of host.shadowRoot?.querySelectorAll('*') ?? []) {
    if ('updateComplete' in element) found.push(element as Element & { updateComplete: Promise<boolean> });
    if (element.shadowRoot) found.push(...litElements(element));
  }
  return found;
}

/** The element matching `selector` inside the shadow root of `host`, or an error naming what is missing. */
export function inShadow<E extends Element = Element>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`no "${selector}" in <${host.localName}>`);
  return found;
}

export function cards(app: VmtApp): ConnectionCard[] {
  return [...(app.shadowRoot?.querySelectorAll('vmt-connection-card') ?? [])];
}

export function card(app: VmtApp): ConnectionCard {
  const [first] = cards(app);
  if (!first) throw new Error('no connection card rendered');
  return first;
}

export function text(element: Element | null | undefined): string {
  return (element?.shadowRoot ?? element)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The card's buttons by accessible name (their text). */
export function buttons(element: Element): HTMLButtonElement[] {
  return [...(element.shadowRoot?.querySelectorAll('button') ?? [])];
}

export function buttonNames(element: Element): string[] {
  return buttons(element).map((button) => text(button));
}

export function button(element: Element, name: string): HTMLButtonElement {
  const found = buttons(element).find((each) => text(each) === name);
  if (!found) throw new Error(`no button "${name}"; buttons: ${buttonNames(element).join(', ')}`);
  return found;
}

export function statusText(element: Element): string {
  return text(element.shadowRoot?.querySelector('[role="status"]'));
}

export function alertText(element: Element): string {
  return text(element.shadowRoot?.querySelector('[role="alert"]'));
}
