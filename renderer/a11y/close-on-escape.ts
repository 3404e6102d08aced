/**
 * Keydown listener for a disclosure (`<details @keydown=${closeOnEscape}>`): Escape closes it when it is open and
 * puts the focus back on its summary, the control that opened it. A key another handler already took (a dialog's
 * Escape calls preventDefault) is left alone, and a handled one stops here, so an outer disclosure stays open.
 */
export function closeOnEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const details = event.currentTarget;
  if (!(details instanceof HTMLDetailsElement) || !details.open) return;
  event.preventDefault();
  event.stopPropagation();
  details.open = false;
  details.querySelector<HTMLElement>(':scope > summary')?.focus();
}
