import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pdfDocument } from '../tables/lazy-modules';

/** One unit's line in the 公示 table. */
export type NoticeLine = Readonly<{ rank: number; unit: string; parts: readonly string[]; total: string; grade: string }>;

/** What a 公示 (public notice of published results) shows, and the seal that lets anyone verify it. */
export type NoticeInput = Readonly<{
  cycleId: string;
  cycleName: string;
  categoryId: string;
  categoryLabel: string;
  /** The issuing office (发布单位). */
  issuer: string;
  /** When the results were published (ISO). */
  publishedAt: string;
  /** The end of the notice period (ISO date or time). */
  noticeEndsAt: string;
  /** How to appeal (申诉途径). */
  appealRoute: string;
  partTitles: readonly string[];
  lines: readonly NoticeLine[];
  /** The seal: where in the log the results were computed, and the events that computed and published them. */
  seal: Readonly<{ asOfPosition: string; computedEventId: string; computedHash: string; publishedEventId: string; publishedHash: string; publishedPosition: string }>;
}>;

/**
 * The Chinese font embedded in every 公示: Noto Sans Hans (SIL Open Font License) from the npm
 * package @embedpdf/fonts-sc, installed with the project's dependencies (no system font needed).
 */
export const noticeFontPath = (): string => {
  const path = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
  if (!existsSync(path)) throw new Error(`the Chinese font is missing at ${path}: run npm install`);
  return path;
};

const dateText = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (match === null) return iso;
  const [, y, m, d, hh, mm] = match;
  return `${y}年${Number(m)}月${Number(d)}日${hh === undefined ? '' : ` ${hh}:${mm}`}`;
};

/** Renders the 公示 as an A4 PDF with the Chinese font embedded (subset) and returns its bytes. */
export const noticePdf = (input: NoticeInput): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const PDFDocument = pdfDocument();
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: `${input.cycleName} ${input.categoryLabel} 考评结果公示`, Author: input.issuer, Subject: `seal ${input.seal.publishedHash}`, CreationDate: new Date(input.publishedAt) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('zh', noticeFontPath());
    doc.font('zh');
    const width = doc.page.width - 96;

    doc.fontSize(18).text(`${input.cycleName}`, { align: 'center' });
    doc.fontSize(16).text(`${input.categoryLabel}考评结果公示`, { align: 'center' });
    doc.moveDown(0.8);
    doc.fontSize(10.5).text(
      `根据考评方案，现将${input.cycleName}${input.categoryLabel}（${input.categoryId}）考评结果予以公示。公示期自${dateText(input.publishedAt)}起至${dateText(input.noticeEndsAt)}止。`,
      { width, lineGap: 3 },
    );
    doc.text(`申诉途径：${input.appealRoute}`, { width, lineGap: 3 });
    doc.moveDown(0.6);

    const titles = ['名次', '单位', ...input.partTitles, '总分', '等次'];
    const fixed = { rank: 36, total: 52, grade: 52 };
    const partWidth = input.partTitles.length === 0 ? 0 : Math.min(80, (width - 150 - fixed.rank - fixed.total - fixed.grade) / input.partTitles.length);
    const unitWidth = width - fixed.rank - fixed.total - fixed.grade - partWidth * input.partTitles.length;
    const widths = [fixed.rank, unitWidth, ...input.partTitles.map(() => partWidth), fixed.total, fixed.grade];
    const rowHeight = 18;
    const drawRow = (cells: readonly string[], header: boolean): void => {
      if (doc.y + rowHeight > doc.page.height - 120) doc.addPage();
      const y = doc.y;
      let x = 48;
      if (header) doc.rect(48, y, width, rowHeight).fill('#e8edf5').fillColor('black');
      cells.forEach((cell, index) => {
        const w = widths[index] ?? 40;
        doc.fontSize(header ? 9.5 : 9.5).text(cell, x + 3, y + 4, { width: w - 6, height: rowHeight, ellipsis: true, lineBreak: false, align: index === 1 ? 'left' : 'center' });
        x += w;
      });
      doc.moveTo(48, y + rowHeight).lineTo(48 + width, y + rowHeight).lineWidth(0.5).strokeColor('#999999').stroke();
      doc.x = 48;
      doc.y = y + rowHeight;
    };
    drawRow(titles, true);
    for (const line of input.lines) drawRow([String(line.rank), line.unit, ...line.parts, line.total, line.grade], false);

    doc.moveDown(1.2);
    doc.x = 48;
    doc.fontSize(10.5).text(`发布单位：${input.issuer}`, { width, align: 'right' });
    doc.text(`发布时间：${dateText(input.publishedAt)}`, { width, align: 'right' });
    doc.moveDown(1);
    doc.fontSize(8).fillColor('#444444');
    doc.text('数据印记（可据此在系统中核验本公示：GET /audit/verify 与 ?at=位置 的得分）', { width });
    doc.text(`计算依据日志位置：${input.seal.asOfPosition}`, { width });
    doc.text(`结果计算事件：${input.seal.computedEventId}  哈希：${input.seal.computedHash}`, { width });
    doc.text(`结果公示事件：${input.seal.publishedEventId}  位置：${input.seal.publishedPosition}  哈希：${input.seal.publishedHash}`, { width });
    doc.end();
  });
