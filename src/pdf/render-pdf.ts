import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * Printable documents (取引条件明示書, 支払通知書, 適格請求書 …) as a list of blocks; `renderPdf`
 * lays them out on A4 in Noto Sans JP. The TTF is embedded as a subset (only the glyphs used), so
 * a one-page document stays small; WOFF2 fonts render blank in PDFs, hence the TTF package.
 */
export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; align?: 'left' | 'right'; size?: 'small' | 'normal' | 'large'; bold?: boolean }
  /** Label–value pairs, one per line (a definition list). */
  | { kind: 'fields'; rows: readonly (readonly [label: string, value: string])[] }
  /** Columns with relative widths; rows break across pages with the header repeated. `footer` rows are bold. */
  | {
      kind: 'table';
      columns: readonly { label: string; width: number; align?: 'left' | 'right' }[];
      rows: readonly (readonly string[])[];
      footer?: readonly (readonly string[])[];
    }
  /** A party block placed side by side: the recipient on the left, the issuer on the right. */
  | { kind: 'parties'; left: readonly string[]; right: readonly string[] }
  | { kind: 'spacer' };

export type PdfDocumentSpec = { title: string; lang: 'ja' | 'en'; blocks: readonly PdfBlock[] };

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf')),
  };
  return fonts;
}

const margin = 50;
const sizes = { small: 8.5, normal: 10, large: 14 } as const;

/** The document as PDF bytes. */
export async function renderPdf(spec: PdfDocumentSpec): Promise<Uint8Array<ArrayBuffer>> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({ size: 'A4', margin, lang: spec.lang, displayTitle: true, info: { Title: spec.title, Creator: 'Machiwork' } });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const width = doc.page.width - margin * 2;
  const bottom = () => doc.page.height - margin;
  const ensureRoom = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  for (const block of spec.blocks) {
    switch (block.kind) {
      case 'title':
        doc.font('bold').fontSize(18).text(block.text, margin, doc.y, { width, align: 'center' });
        doc.moveDown(0.8);
        break;
      case 'heading':
        ensureRoom(40);
        doc.moveDown(0.4);
        doc.font('bold').fontSize(11.5).text(block.text, margin, doc.y, { width });
        doc.moveDown(0.2);
        break;
      case 'paragraph':
        doc
          .font(block.bold ? 'bold' : 'regular')
          .fontSize(sizes[block.size ?? 'normal'])
          .text(block.text, margin, doc.y, { width, align: block.align ?? 'left' });
        doc.moveDown(0.3);
        break;
      case 'fields': {
        const labelWidth = width * 0.3;
        for (const [label, value] of block.rows) {
          doc.fontSize(sizes.normal);
          const height = Math.max(doc.font('bold').heightOfString(label, { width: labelWidth - 8 }), doc.font('regular').heightOfString(value || ' ', { width: width - labelWidth }));
          ensureRoom(height + 4);
          const y = doc.y;
          doc.font('bold').text(label, margin, y, { width: labelWidth - 8 });
          doc.font('regular').text(value || ' ', margin + labelWidth, y, { width: width - labelWidth });
          doc.y = y + height + 4;
        }
        doc.moveDown(0.3);
        break;
      }
      case 'table':
        drawTable(doc, block, width, bottom);
        break;
      case 'parties': {
        const half = width / 2 - 10;
        const y = doc.y;
        doc.font('regular').fontSize(sizes.normal);
        doc.text(block.left.join('\n'), margin, y, { width: half });
        const leftEnd = doc.y;
        doc.text(block.right.join('\n'), margin + width / 2 + 10, y, { width: half, align: 'right' });
        doc.y = Math.max(leftEnd, doc.y);
        doc.moveDown(0.8);
        break;
      }
      case 'spacer':
        doc.moveDown(0.8);
        break;
    }
  }
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

function drawTable(doc: PDFKit.PDFDocument, table: Extract<PdfBlock, { kind: 'table' }>, width: number, bottom: () => number) {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = table.columns.map((column) => (column.width / total) * width);
  const padding = 3;
  const drawRow = (cells: readonly string[], font: 'regular' | 'bold', shaded: boolean) => {
    doc.font(font).fontSize(sizes.normal - 0.5);
    const height = Math.max(...cells.map((cell, index) => doc.heightOfString(cell || ' ', { width: widths[index]! - padding * 2 }))) + padding * 2;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!shaded) drawRow(table.columns.map((column) => column.label), 'bold', true);
      doc.font(font).fontSize(sizes.normal - 0.5);
    }
    const y = doc.y;
    let x = margin;
    if (shaded) doc.rect(margin, y, width, height).fillColor('#eeeeee').fill().fillColor('#000000');
    cells.forEach((cell, index) => {
      doc.text(cell, x + padding, y + padding, { width: widths[index]! - padding * 2, align: table.columns[index]!.align ?? 'left' });
      x += widths[index]!;
    });
    doc.moveTo(margin, y + height).lineTo(margin + width, y + height).lineWidth(0.5).strokeColor('#888888').stroke();
    doc.x = margin;
    doc.y = y + height;
  };
  drawRow(table.columns.map((column) => column.label), 'bold', true);
  for (const row of table.rows) drawRow(row, 'regular', false);
  for (const row of table.footer ?? []) drawRow(row, 'bold', false);
  doc.moveDown(0.5);
}
