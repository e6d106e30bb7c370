/**
 * A small pull scanner for the XML parts of Office files: fast (indexOf over
 * one string, no tree), namespace-blind on purpose (elements and attributes are
 * known by their local names, so `w:p` and a Strict-OOXML `p` are the same) and
 * safe (no DTD, no external entities: a DOCTYPE is skipped, unknown entities
 * are left as written).
 *
 * Example: for `<w:t xml:space="preserve">a&amp;b</w:t>` the tokens are
 * OPEN (name 't', attr('space') = 'preserve'), TEXT ('a&b'), CLOSE ('t'), END.
 */
export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type XmlToken = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

/** Malformed XML; readers turn it into InputError 'corrupt'. */
export class XmlError extends Error {}

export class XmlScanner {
  private pos = 0;
  private attrStart = 0;
  private attrEnd = 0;
  /** Next positions of each quote character, cached so that looking for them stays linear. */
  private nextDouble = -1;
  private nextSingle = -1;
  kind: XmlToken = END;
  /** Local name of the element of an OPEN or CLOSE token. */
  name = '';
  /** An OPEN token written `<x/>`: no CLOSE follows. */
  selfClosing = false;
  /** Text of a TEXT token, entities decoded. */
  text = '';

  constructor(private readonly xml: string) {}

  next(): XmlToken {
    const xml = this.xml;
    for (;;) {
      const p = this.pos;
      if (p >= xml.length) return (this.kind = END);
      if (xml.charCodeAt(p) !== 60 /* < */) {
        let q = xml.indexOf('<', p);
        if (q < 0) q = xml.length;
        this.text = decodeText(xml.slice(p, q));
        this.pos = q;
        return (this.kind = TEXT);
      }
      const c = xml.charCodeAt(p + 1);
      if (c === 47 /* / */) {
        const q = this.find('>', p);
        this.name = this.nameAt(p + 2, q);
        this.pos = q + 1;
        return (this.kind = CLOSE);
      }
      if (c === 63 /* ? */) {
        this.pos = this.find('?>', p) + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (xml.startsWith('<!--', p)) {
          this.pos = this.find('-->', p) + 3;
          continue;
        }
        if (xml.startsWith('<![CDATA[', p)) {
          const q = this.find(']]>', p);
          this.text = xml.slice(p + 9, q);
          this.pos = q + 3;
          return (this.kind = TEXT);
        }
        this.pos = this.skipDeclaration(p);
        continue;
      }
      return this.openTag(p);
    }
  }

  private openTag(p: number): XmlToken {
    const xml = this.xml;
    let i = p + 1;
    for (; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c === 62 || c === 47 || c <= 32) break;
    }
    this.name = this.nameAt(p + 1, i);
    this.attrStart = i;
    // The tag ends at the first '>' outside quoted attribute values: jump from quote to quote.
    for (;;) {
      const gt = xml.indexOf('>', i);
      if (gt < 0) throw new XmlError(`unterminated tag at ${p}`);
      if (this.nextDouble < i) this.nextDouble = indexOrInfinity(xml, '"', i);
      if (this.nextSingle < i) this.nextSingle = indexOrInfinity(xml, "'", i);
      const quote = Math.min(this.nextDouble, this.nextSingle);
      if (quote > gt) {
        i = gt;
        break;
      }
      const close = xml.indexOf(xml[quote]!, quote + 1);
      if (close < 0) throw new XmlError(`unterminated attribute at ${p}`);
      i = close + 1;
    }
    this.selfClosing = xml.charCodeAt(i - 1) === 47;
    this.attrEnd = this.selfClosing ? i - 1 : i;
    this.pos = i + 1;
    return (this.kind = OPEN);
  }

  /** The value of an attribute of the current OPEN token, by local name (`w:val` is 'val'). */
  attr(local: string): string | undefined {
    const xml = this.xml;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      let eq = i;
      while (eq < end && xml.charCodeAt(eq) !== 61 /* = */) eq++;
      if (eq >= end) return undefined;
      const key = xml.slice(i, eq).trim();
      let v = eq + 1;
      while (v < end && xml.charCodeAt(v) <= 32) v++;
      const quote = xml[v];
      const close = quote === '"' || quote === "'" ? xml.indexOf(quote, v + 1) : -1;
      if (close < 0) return undefined;
      if (localName(key) === local) return decodeText(xml.slice(v + 1, close));
      i = close + 1;
    }
    return undefined;
  }

  /** After an OPEN token: moves past the element's CLOSE, ignoring everything inside. */
  skip(): void {
    if (this.kind !== OPEN || this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t === OPEN) {
        if (!this.selfClosing) depth++;
      } else if (t === CLOSE) depth--;
      else if (t === END) throw new XmlError('unexpected end of document');
    }
  }

  /** After an OPEN token: all text inside the element (nested elements' text included), moving past its CLOSE. */
  readText(): string {
    if (this.kind !== OPEN || this.selfClosing) return '';
    let depth = 1;
    let out = '';
    while (depth > 0) {
      const t = this.next();
      if (t === TEXT) out += this.text;
      else if (t === OPEN) {
        if (!this.selfClosing) depth++;
      } else if (t === CLOSE) depth--;
      else throw new XmlError('unexpected end of document');
    }
    return out;
  }

  /** Position in the source string, for prefix checks by streaming callers. */
  get offset(): number {
    return this.pos;
  }

  /** Local name of the qualified name in [start, end), trimmed. */
  private nameAt(start: number, end: number): string {
    const xml = this.xml;
    while (end > start && xml.charCodeAt(end - 1) <= 32) end--;
    // Names are short: look for the prefix separator only inside this one (indexOf could run to the end of the part).
    let from = start;
    for (let i = start; i < end; i++) if (xml.charCodeAt(i) === 58 /* : */) from = i + 1;
    return xml.slice(from, end);
  }

  private find(token: string, from: number): number {
    const q = this.xml.indexOf(token, from);
    if (q < 0) throw new XmlError(`unterminated markup at ${from}`);
    return q;
  }

  /** `<!DOCTYPE ...>` with an optional internal subset in brackets. */
  private skipDeclaration(p: number): number {
    const xml = this.xml;
    let depth = 0;
    for (let i = p + 2; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c === 91) depth++;
      else if (c === 93) depth--;
      else if (c === 62 && depth <= 0) return i + 1;
    }
    throw new XmlError('unterminated declaration');
  }
}

function indexOrInfinity(s: string, c: string, from: number): number {
  const i = s.indexOf(c, from);
  return i < 0 ? Infinity : i;
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references; normalizes line ends as XML does. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, body: string) => {
    if (body.charCodeAt(0) !== 35) return NAMED[body] ?? whole;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Decodes an XML part: UTF-8 unless a byte-order mark says UTF-16. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
