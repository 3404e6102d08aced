import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rule sets the app is held to: WCAG 2.0 and 2.1 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core over the whole page and expects no violation; the message lists them. With `shadow` (the default) it
 * also checks that the contrast rule reached into the components' shadow roots, so a scan that saw nothing fails.
 */
export async function expectNoAxeViolations(page: Page, label: string, { shadow = true } = {}): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (shadow) {
    const contrast = results.passes.find((rule) => rule.id === 'color-contrast');
    const inShadow = contrast?.nodes.filter((node) => Array.isArray(node.target[0])).length ?? 0;
    expect(inShadow, `color contrast checked inside shadow roots in ${label}`).toBeGreaterThan(10);
  }
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${violation.nodes
        .slice(0, 5)
        .map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n')}`,
  );
  expect(found, `axe violations in ${label}`).toEqual([]);
}
