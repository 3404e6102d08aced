import { describe, expect, it } from 'vitest';
import { decodeEntities, NAMED_ENTITY_COUNT } from '../../../main/links/html-entities.js';
import { htmlToText } from '../../../main/links/html-text.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('htmlToText', () => {
  it('returns plain text unchanged', () => {
    expect(htmlToText('Join https://zoom.us/j/1 at 10')).toBe('Join https://zoom.us/j/1 at 10');
  });

  it('strips tags, turning block tags into line breaks', () => {
    expect(htmlToText('<div>Line one</div><p>Line <b>two</b></p>Three<br/>Four')).toBe('\nLine one\n\nLine  two \nThree\nFour');
  });

  it('writes out a/area href targets next to the link text', () => {
    expect(squash(htmlToText('<a class="x" href="https://zoom.us/j/1">Join the meeting now</a>'))).toBe('https://zoom.us/j/1 Join the meeting now');
    expect(squash(htmlToText("<A HREF='https://meet.jit.si/x' target=_blank>room</A>"))).toBe('https://meet.jit.si/x room');
    expect(squash(htmlToText('<a href=https://meet.jit.si/y>y</a>'))).toBe('https://meet.jit.si/y y');
    expect(squash(htmlToText('<area shape="rect" href="https://meet.jit.si/z">'))).toBe('https://meet.jit.si/z');
  });

  it('does not write out link, img or base URLs', () => {
    expect(squash(htmlToText('<link rel="stylesheet" href="https://cdn.example/x.css"><img src="https://cdn.example/logo.png" alt="logo"><base href="https://x.example/">Hi'))).toBe('Hi');
  });

  it('decodes entities in href values', () => {
    expect(squash(htmlToText('<a href="https://zoom.us/j/1?pwd=a&amp;uname=b&#38;c=&#x26;">x</a>'))).toBe('https://zoom.us/j/1?pwd=a&uname=b&c=& x');
  });

  it('drops style, script and xml content and comments (Outlook conditional comments too)', () => {
    const html = '<style>p{background:url(https://a.example/bg.png)}</style><script>var u="https://b.example";</script><!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--><p>Body</p><![if !supportLists]>x<![endif]>';
    expect(squash(htmlToText(html))).toBe('Body x');
  });

  it('treats Office namespaced tags as tags', () => {
    expect(squash(htmlToText('<p class=MsoNormal>Hello<o:p></o:p><v:shape id="x"></v:shape></p>'))).toBe('Hello');
  });

  it('keeps text that only looks a bit like markup', () => {
    expect(htmlToText('<https://zoom.us/j/1>')).toBe('<https://zoom.us/j/1>');
    expect(htmlToText('<tel:+4721933737>')).toBe('<tel:+4721933737>');
    expect(htmlToText('<msteams:/l/meetup-join/x>')).toBe('<msteams:/l/meetup-join/x>');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('Link: <Zoom link here>')).toBe('Link: <Zoom link here>');
    expect(htmlToText('x<y')).toBe('x<y');
  });

  it('keeps a tag that is cut off by another "<" as text', () => {
    expect(htmlToText('<a href="https://x.example/<b>bold</b>')).toBe('<a href="https://x.example/ bold ');
    expect(htmlToText('<p class="never closed')).toBe('<p class="never closed');
    expect(htmlToText('<!-- never closed <p>x</p>')).toBe('<!-- never closed \nx\n');
  });

  it('joins text around <wbr> (Outlook breaks long URLs with it)', () => {
    expect(htmlToText('https://zoom.us/j/<wbr>123<wbr/>456')).toBe('https://zoom.us/j/123456');
  });

  it('decodes named, decimal and hex references, Norwegian letters included', () => {
    expect(htmlToText('Bl&aring;b&aelig;r &Oslash;l &amp; &lt;x&gt; &quot;q&quot; &#39;s&#39; &#x2014; &nbsp;|&hellip;')).toBe("Blåbær Øl & <x> \"q\" 's' — \u00a0|…");
  });

  it('leaves unknown or unterminated references alone', () => {
    expect(htmlToText('AT&T &unknown; &amp &#xZZ; &#; &#99999999999;')).toBe('AT&T &unknown; &amp &#xZZ; &#; &#99999999999;');
    expect(htmlToText('&#0; &#xD800; &#x110000;')).toBe('\uFFFD \uFFFD \uFFFD');
  });

  it('decodes in one pass (a double-encoded &amp;amp; stays &amp;)', () => {
    expect(htmlToText('a&amp;amp;b')).toBe('a&amp;b');
    expect(decodeEntities('a&amp;amp;b')).toBe('a&amp;b');
  });

  it('knows the whole Latin-1 block plus common typography', () => {
    expect(NAMED_ENTITY_COUNT).toBeGreaterThan(96 + 50);
    expect(decodeEntities('&nbsp;&yuml;')).toBe('\u00a0\u00ff');
  });
});
