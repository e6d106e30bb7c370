/**
 * The faces of a GB/T 9704 document in Word: the East Asian font the standard
 * names (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312), with Latin letters and
 * digits in Times New Roman. A machine without them substitutes by its own
 * rules (Word by the font's panose family, LibreOffice through fontconfig,
 * which on Debian falls back to Noto CJK or the AR PL fonts); every CJK face
 * sets an ideograph in one em, so lines break alike.
 */
export const DOCX_FONTS = {
  title: { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  body: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  heading1: { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  heading2: { eastAsia: '楷体_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  table: { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
} as const;

/** Twips in a millimetre (1440 a inch). */
export const MM = 56.6929;
