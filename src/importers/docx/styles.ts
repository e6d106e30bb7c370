import { CLOSE, END, OPEN, XmlScanner } from '../zip/xml-scanner.js';
import type { RawNumbering } from './raw-document.js';

interface ParagraphStyle {
  name: string;
  basedOn: string | undefined;
  outlineLevel: number | undefined;
  numbering: RawNumbering | undefined;
}

/**
 * The paragraph styles of a document (word/styles.xml), enough to tell
 * headings and numbering: a heading is a paragraph whose style (or a style it
 * is based on) has an outline level or is one of the built-in heading styles,
 * whatever language the style names are in.
 */
export class ParagraphStyles {
  private readonly styles = new Map<string, ParagraphStyle>();
  private defaultStyle: string | undefined;

  constructor(xml: string | undefined) {
    if (xml !== undefined) this.parse(new XmlScanner(xml));
  }

  /**
   * Heading level as the document says it (1 = Heading 1 or Title), 0 for body text.
   * Example: style 'Heading2' named "heading 2" gives 2; outline level 0 on the paragraph gives 1.
   */
  headingLevel(styleId: string | undefined, outlineLevel: number | undefined): number {
    if (outlineLevel !== undefined) return outlineLevel >= 0 && outlineLevel < 9 ? outlineLevel + 1 : 0;
    for (const style of this.chain(styleId)) {
      if (style.outlineLevel !== undefined) return style.outlineLevel >= 0 && style.outlineLevel < 9 ? style.outlineLevel + 1 : 0;
      const level = levelFromName(style.name);
      if (level !== undefined) return level;
    }
    return 0;
  }

  /** The numbering a paragraph gets from its style, completed by what it sets itself. */
  numbering(styleId: string | undefined, own: RawNumbering | undefined): RawNumbering | undefined {
    let numId = own?.numId;
    let level = own?.level;
    for (const style of this.chain(styleId)) {
      numId ??= style.numbering?.numId;
      level ??= style.numbering?.level;
    }
    return numId === undefined ? undefined : { numId, level: level ?? 0 };
  }

  private *chain(styleId: string | undefined): Generator<ParagraphStyle> {
    let id = styleId ?? this.defaultStyle;
    for (let guard = 0; id !== undefined && guard < 20; guard++) {
      const style = this.styles.get(id);
      if (!style) return;
      yield style;
      id = style.basedOn;
    }
  }

  private parse(s: XmlScanner): void {
    for (let t = s.next(); t !== END; t = s.next()) {
      if (t !== OPEN || s.name !== 'style' || s.selfClosing) continue;
      const id = s.attr('styleId');
      const isParagraph = (s.attr('type') ?? 'paragraph') === 'paragraph';
      if (isParagraph && s.attr('default') === '1' && id !== undefined) this.defaultStyle = id;
      const style: ParagraphStyle = { name: '', basedOn: undefined, outlineLevel: undefined, numbering: undefined };
      for (let depth = 1; depth > 0; ) {
        const u = s.next();
        if (u === END) return;
        if (u === OPEN) {
          const name: string = s.name;
          if (name === 'name') style.name = s.attr('val') ?? '';
          else if (name === 'basedOn') style.basedOn = s.attr('val');
          else if (name === 'outlineLvl') style.outlineLevel = toInt(s.attr('val'));
          else if (name === 'numId') (style.numbering ??= { numId: undefined, level: undefined }).numId = s.attr('val');
          else if (name === 'ilvl') (style.numbering ??= { numId: undefined, level: undefined }).level = toInt(s.attr('val'));
          if (!s.selfClosing) depth++;
        } else if (u === CLOSE) depth--;
      }
      if (isParagraph && id !== undefined) this.styles.set(id, style);
    }
  }
}

/** Built-in heading style names, English (as Word stores them) or Chinese (as WPS may). */
function levelFromName(name: string): number | undefined {
  const n = name.trim().toLowerCase();
  if (n === 'title' || n === '标题') return 1;
  const m = /^(?:heading|标题)\s*([1-9])$/.exec(n);
  return m ? Number(m[1]) : undefined;
}

function toInt(v: string | undefined): number | undefined {
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
