export interface ParsedForm {
  action: string;
  method: string;
  /** name → value of every <input> with a name (hidden, text, password…). */
  inputs: Record<string, string>;
  /** Visible texts of the form's buttons. */
  buttons: string[];
}

function decodeEntities(value: string): string {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z_:.-]+)(?:\s*=\s*"([^"]*)")?/g)) {
    const [, name, value] = match;
    if (name !== undefined) result[name.toLowerCase()] = decodeEntities(value ?? '');
  }
  return result;
}

/** The forms of a page, parsed just well enough for the sandbox's own markup. */
export function parseForms(html: string): ParsedForm[] {
  const forms: ParsedForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const formAttributes = attributes(match[1] ?? '');
    const body = match[2] ?? '';
    const inputs: Record<string, string> = {};
    for (const input of body.matchAll(/<input\b([^>]*)>/gi)) {
      const attrs = attributes(input[1] ?? '');
      if (attrs.name !== undefined) inputs[attrs.name] = attrs.value ?? '';
    }
    const buttons = [...body.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/gi)].map((button) => decodeEntities((button[1] ?? '').trim()));
    forms.push({ action: formAttributes.action ?? '', method: (formAttributes.method ?? 'get').toLowerCase(), inputs, buttons });
  }
  return forms;
}

/** The form containing a button with this text, if any. */
export function formWithButton(html: string, text: string): ParsedForm | undefined {
  return parseForms(html).find((form) => form.buttons.includes(text));
}
