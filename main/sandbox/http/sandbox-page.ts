import { escapeHtml as e } from './html.js';

/** One emulator's look: its product name in titles, its banner text, its stylesheet, and an optional brand line. */
export interface SandboxLook {
  product: string;
  banner: string;
  style: string;
  /** Trusted markup shown at the top of the card (e.g. the provider's word mark). */
  brand?: string;
}

/** The page frame every emulator's sign-in and consent pages share: a SANDBOX banner, no scripts, inline CSS only. */
export function sandboxPage(look: SandboxLook, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} · ${e(look.product)} SANDBOX</title>
<style>${look.style}</style>
</head>
<body>
<div class="banner" role="note">${e(look.banner)}</div>
<main>
${look.brand ? `${look.brand}\n` : ''}${body}
</main>
</body>
</html>`;
}

/** The colours and shapes that tell the plain form pages (SuperOffice, Zoom, Webex) apart. */
export interface FormPageTheme {
  background: string;
  text: string;
  accent: string;
  /** Colour of the page heading; the text colour when left out. */
  heading?: string;
  cardRadius: number;
  controlRadius: number;
  buttonRadius: number;
  buttonPadding: string;
  /** The input types styled as fields (text, email, password). */
  inputs: string[];
  extra?: string;
}

/** The stylesheet of the plain form pages, in one emulator's colours. */
export function formPageStyle(theme: FormPageTheme): string {
  const inputs = theme.inputs.map((type) => `input[type=${type}]`).join(', ');
  return `
  :root { color-scheme: light; }
  body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: ${theme.background}; color: ${theme.text}; }
  .banner { background: #b42318; color: #fff; padding: 8px 16px; font-weight: 600; text-align: center; letter-spacing: .02em; }
  main { max-width: 450px; margin: 32px auto; background: #fff; border-radius: ${theme.cardRadius}px; box-shadow: 0 1px 4px rgba(0,0,0,.12); padding: 24px 28px; }
  h1 { font-size: 22px; margin: 0 0 4px;${theme.heading ? ` color: ${theme.heading};` : ''} }
  .muted { color: #5b6775; font-size: 13px; }
  label { display: block; margin: 14px 0 4px; font-weight: 600; }
  ${inputs} { width: 100%; box-sizing: border-box; padding: 8px 10px; border: 1px solid #b8c2cc; border-radius: ${theme.controlRadius}px; font: inherit; }
  .actions { display: flex; gap: 8px; margin-top: 20px; }
  button { font: inherit; padding: ${theme.buttonPadding}; border-radius: ${theme.buttonRadius}px; border: 1px solid ${theme.accent}; background: ${theme.accent}; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: ${theme.accent}; }
  .error { background: #fef3f2; border: 1px solid #fda29b; color: #912018; padding: 8px 10px; border-radius: ${theme.controlRadius}px; margin: 12px 0 0; }
  table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 13px; }
  th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e4e7ec; }
  code { background: #f2f4f7; padding: 1px 4px; border-radius: 3px; }
  section { margin-top: 24px; }
${theme.extra ?? ''}`;
}
