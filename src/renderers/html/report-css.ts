/**
 * The page in the style of GB/T 9704 (党政机关公文格式): A4; margins top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm; title 二号 (22 pt) 方正小标宋; body
 * 三号 (16 pt) 仿宋 at 28.95 pt a line (22 lines a page); 一级标题 黑体, 二级标题
 * 楷体, each with a little space above it (so that a reader of the PDF,
 * which sees sizes and spacing but not faces, tells a heading from the line
 * before it); page numbers "— 1 —" at the foot. Each face names the font the
 * standard asks for first, then free fonts of Debian with the same metrics
 * (every CJK face sets an ideograph in one em, so lines break alike):
 * TrueType ones first (fonts-arphic-uming, fonts-arphic-ukai,
 * fonts-wqy-zenhei), since Chromium embeds TrueType as real CID fonts but
 * OpenType-CFF collections such as Noto CJK only as Type 3 glyph drawings;
 * Noto CJK last, for what the others lack. No synthetic bold or outlined
 * text: Chromium draws those as Type 3 too.
 */
export const FONTS = {
  title: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "AR PL UMing CN", "Noto Serif CJK SC", serif',
  body: '"仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "AR PL UMing CN", "Noto Serif CJK SC", serif',
  heading1: '"黑体", "SimHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif',
  heading2: '"楷体_GB2312", "楷体", "KaiTi", "AR PL UKai CN", "Noto Serif CJK SC", serif',
  table: '"宋体", "SimSun", "AR PL UMing CN", "Noto Serif CJK SC", serif',
} as const;

export const REPORT_CSS = `@page {
  size: A4;
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: ${FONTS.body}; font-size: 14pt; }
}
@page attachment { margin: 25mm 15mm 20mm 15mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${FONTS.body}; font-size: 16pt; line-height: 28.95pt; margin: 0 auto; max-width: 156mm; color: #000; background: #fff; }
@media screen { body { padding: 20mm 0; } }
@media print { body { max-width: none; } }
h1 { font-family: ${FONTS.title}; font-size: 22pt; line-height: 1.5; font-weight: normal; text-align: center; margin: 0 0 28.95pt; }
h2 { font-family: ${FONTS.heading1}; font-size: 16pt; font-weight: normal; margin: 6pt 0 0; text-indent: 2em; }
h3 { font-family: ${FONTS.heading2}; font-size: 16pt; font-weight: normal; margin: 6pt 0 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: left; line-break: strict; orphans: 2; widows: 2; }
p.attachments { margin-top: 28.95pt; }
p.attachment-item { padding-left: 3em; text-indent: 2em; }
section.attachment { page: attachment; break-before: page; }
@media screen { section.attachment { max-width: 180mm; margin-top: 20mm; } body:has(section.attachment) { max-width: 180mm; } }
p.attachment-number { font-family: ${FONTS.heading1}; text-indent: 0; }
p.caption { font-family: ${FONTS.title}; font-weight: normal; font-size: 18pt; line-height: 1.6; text-align: center; text-indent: 0; margin: 6pt 0 10pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-family: ${FONTS.table}; font-size: 9pt; line-height: 1.35; }
td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; word-break: break-all; overflow-wrap: anywhere; }
td.label, td.figure { text-align: center; }
td.text { text-align: left; }
tr { break-inside: avoid; }`;
