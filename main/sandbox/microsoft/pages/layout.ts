import { sandboxPage, type SandboxLook } from '../../http/sandbox-page.js';

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font: 15px/1.45 "Segoe UI", system-ui, -apple-system, Roboto, sans-serif; background: #f2f2f2; color: #1b1b1b; }
  .banner { background: #b42318; color: #fff; padding: 8px 16px; font-weight: 600; text-align: center; letter-spacing: .02em; }
  main { max-width: 440px; margin: 32px auto; background: #fff; box-shadow: 0 2px 6px rgba(0,0,0,.2); padding: 36px 44px; }
  .brand { font-weight: 600; color: #5e5e5e; margin-bottom: 16px; }
  h1 { font-size: 24px; font-weight: 600; margin: 0 0 12px; }
  .muted { color: #5e5e5e; font-size: 13px; }
  label { display: block; margin: 14px 0 4px; font-weight: 600; }
  input[type=email], input[type=password], input[type=text] { width: 100%; box-sizing: border-box; padding: 6px 0; border: 0; border-bottom: 1px solid #666; font: inherit; }
  .check label { display: inline; font-weight: normal; margin-left: 6px; }
  .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 24px; }
  button { font: inherit; min-width: 108px; padding: 6px 12px; border: 1px solid #0067b8; background: #0067b8; color: #fff; cursor: pointer; }
  button.secondary { background: #ccc; border-color: #ccc; color: #000; }
  .error { color: #e81123; margin: 12px 0 0; }
  ul.scopes { padding-left: 20px; }
  table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 13px; }
  th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e1e1e1; }
  code { background: #f2f2f2; padding: 1px 4px; }
  section { margin-top: 28px; }
`;

const LOOK: SandboxLook = {
  product: 'Microsoft',
  banner: 'Microsoft SANDBOX: a local emulator of Microsoft Entra ID sign-in. Nothing here is real.',
  style: STYLE,
  brand: '<div class="brand">Microsoft SANDBOX</div>',
};

/** The page frame every sandbox sign-in page shares (no scripts, inline CSS only). */
export function layout(title: string, body: string): string {
  return sandboxPage(LOOK, title, body);
}
