import 'server-only';
import type { Content, PhrasingContent, Table as MdTable } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { formatKronor, type Kronor } from '@/domain/money/kronor';
import type { BudgetTable, BudgetTableRow } from '@/domain/plan-document/budget-tables';
import type { DocumentIntervention, DocumentPart, DocumentSection } from '@/domain/plan-document/plan-document';
import { format, messages } from '@/i18n/catalog';
import { formatPeriod } from '@/i18n/dates';
import type { PdfDoc } from '@/server/pdf/document';
import { drawTable, type TableColumn, type TableRow } from '@/server/pdf/table';
import { pdfText } from '@/server/pdf/text';
import { A4, COLOR, FONT, TYPE } from '@/server/pdf/theme';

/** The plan's page: margins and the derived width and lowest y of the content. */
export const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
export const WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const BOTTOM = A4.height - MARGIN.bottom;
const BODY_SIZE = TYPE.base;
const TABLE_SIZE = TYPE.sm;
const INK = COLOR.ink;
const MUTED = COLOR.muted;
const RULE = COLOR.rule;

function amountText(amount: Kronor | null): string {
  return amount === null ? '' : pdfText(formatKronor(amount));
}

interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: string;
}

function fontOf(run: Pick<Run, 'bold' | 'italic' | 'code'>): string {
  if (run.code) return FONT.mono;
  if (run.bold && run.italic) return FONT.boldItalic;
  if (run.bold) return FONT.bold;
  if (run.italic) return FONT.italic;
  return FONT.regular;
}

type Column = Required<TableColumn>;

/** Draws the document's blocks top to bottom, opening pages as needed. */
export class PdfWriter {
  private footnotes: { label: string; runs: Run[] }[] = [];

  constructor(private readonly doc: PdfDoc) {}

  pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  newPage() {
    this.doc.addPage();
  }

  /** Opens a new page unless `height` fits below the current position. */
  ensure(height: number) {
    if (this.doc.y + height > BOTTOM) this.doc.addPage();
  }

  sectionHeading(section: DocumentSection) {
    const size = section.level === 1 ? TYPE.xl : section.level === 2 ? TYPE.lg : TYPE.md;
    const doc = this.doc;
    if (section.level > 1) doc.moveDown(0.8);
    // Keep the heading with at least a few lines of what follows.
    this.ensure(size * 2 + 48);
    doc.addNamedDestination(section.anchor);
    doc.font(FONT.bold).fontSize(size).fillColor(INK);
    doc.text(pdfText(`${section.number} ${section.title}`), MARGIN.left, doc.y, { width: WIDTH });
    doc.moveDown(0.5);
  }

  markdown(markdown: string) {
    this.footnotes = [];
    const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    for (const node of tree.children) this.block(node as Content, 0);
    if (this.footnotes.length > 0) {
      this.doc.moveDown(0.3);
      this.ensure(20);
      const y = this.doc.y;
      this.doc
        .moveTo(MARGIN.left, y)
        .lineTo(MARGIN.left + 120, y)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      this.doc.moveDown(0.3);
      for (const note of this.footnotes)
        this.runs([{ text: `${note.label} ` }, ...note.runs], { indent: 0, size: TYPE.xs, color: MUTED });
    }
  }

  private block(node: Content, indent: number) {
    const doc = this.doc;
    switch (node.type) {
      case 'heading':
        doc.moveDown(0.4);
        this.ensure(40);
        this.runs(this.inline(node.children, { bold: true }), { indent, size: node.depth <= 2 ? TYPE.md : BODY_SIZE });
        doc.moveDown(0.2);
        return;
      case 'paragraph':
        this.runs(this.inline(node.children), { indent });
        doc.moveDown(0.5);
        return;
      case 'list': {
        let number = node.start ?? 1;
        for (const item of node.children) {
          const marker = node.ordered ? `${number++}.` : '•';
          this.listItem(item.children as Content[], marker, indent);
        }
        doc.moveDown(0.3);
        return;
      }
      case 'blockquote':
        for (const child of node.children) this.block(child as Content, indent + 14);
        return;
      case 'code':
        this.runs([{ text: node.value, code: true }], { indent: indent + 8, size: TYPE.sm });
        doc.moveDown(0.5);
        return;
      case 'thematicBreak': {
        this.ensure(12);
        const y = doc.y + 4;
        doc
          .moveTo(MARGIN.left + indent, y)
          .lineTo(MARGIN.left + WIDTH, y)
          .lineWidth(0.5)
          .strokeColor(RULE)
          .stroke();
        doc.y = y + 8;
        return;
      }
      case 'table':
        this.markdownTable(node, indent);
        return;
      case 'html':
        this.runs([{ text: node.value }], { indent });
        doc.moveDown(0.5);
        return;
      case 'footnoteDefinition': {
        const runs = node.children.flatMap((child) =>
          'children' in child && child.type === 'paragraph' ? this.inline(child.children) : [],
        );
        this.footnotes.push({ label: node.label ?? node.identifier, runs });
        return;
      }
      default:
        return;
    }
  }

  private listItem(children: Content[], marker: string, indent: number) {
    const doc = this.doc;
    const markerWidth = 16;
    children.forEach((child, i) => {
      if (i === 0 && child.type === 'paragraph') {
        this.ensure(BODY_SIZE * 1.4);
        const y = doc.y;
        doc
          .font(FONT.regular)
          .fontSize(BODY_SIZE)
          .fillColor(INK)
          .text(pdfText(marker), MARGIN.left + indent, y, { width: markerWidth, lineBreak: false });
        doc.y = y;
        this.runs(this.inline(child.children), { indent: indent + markerWidth });
        doc.moveDown(0.15);
      } else if (child.type === 'list') {
        this.block(child, indent + markerWidth);
      } else {
        this.block(child, indent + markerWidth);
      }
    });
  }

  private inline(nodes: readonly PhrasingContent[], style: Omit<Run, 'text'> = {}): Run[] {
    const runs: Run[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          // A footnote reference whose definition lives in another section stays text: show it as [1].
          runs.push({ ...style, text: node.value.replace(/\[\^([^\]\s]+)\]/g, '[$1]') });
          break;
        case 'emphasis':
          runs.push(...this.inline(node.children, { ...style, italic: true }));
          break;
        case 'strong':
          runs.push(...this.inline(node.children, { ...style, bold: true }));
          break;
        case 'delete':
          runs.push(...this.inline(node.children, style));
          break;
        case 'inlineCode':
          runs.push({ ...style, code: true, text: node.value });
          break;
        case 'link':
          runs.push(...this.inline(node.children, { ...style, link: node.url }));
          break;
        case 'break':
          runs.push({ ...style, text: '\n' });
          break;
        case 'footnoteReference':
          runs.push({ ...style, text: `[${node.label ?? node.identifier}]` });
          break;
        case 'html':
          runs.push({ ...style, text: node.value });
          break;
        case 'image':
          runs.push({ ...style, text: node.alt ?? '' });
          break;
        default:
          break;
      }
    }
    return runs;
  }

  /** One paragraph of mixed runs, flowing over pages as pdfkit does. */
  runs(runs: readonly Run[], options: { indent: number; size?: number; color?: string }) {
    const doc = this.doc;
    const visible = runs.filter((run) => run.text.length > 0);
    if (visible.length === 0) return;
    const size = options.size ?? BODY_SIZE;
    this.ensure(size * 1.3);
    const x = MARGIN.left + options.indent;
    const width = WIDTH - options.indent;
    visible.forEach((run, i) => {
      doc
        .font(fontOf(run))
        .fontSize(size)
        .fillColor(options.color ?? INK);
      const last = i === visible.length - 1;
      const textOptions = {
        width,
        continued: !last,
        lineGap: 1.5,
        link: run.link ?? null,
        underline: Boolean(run.link),
      };
      const text = pdfText(run.text);
      if (i === 0) doc.text(text, x, doc.y, textOptions);
      else doc.text(text, textOptions);
    });
    doc.x = MARGIN.left;
  }

  part(part: DocumentPart) {
    switch (part.kind) {
      case 'budget':
        for (const table of part.tables) this.budgetTable(table);
        return;
      case 'goals':
        part.goals.forEach((goal, i) => {
          this.listItem([{ type: 'paragraph', children: [{ type: 'text', value: goal.text }] }], `${i + 1}.`, 0);
          const details = [
            goal.target,
            goal.indicator ? format(messages().planDocument.indicator, { indicator: goal.indicator }) : null,
          ].filter(Boolean) as string[];
          for (const detail of details) this.runs([{ text: detail }], { indent: 16, size: TYPE.sm, color: MUTED });
          this.doc.moveDown(0.3);
        });
        return;
      case 'intervention':
        this.intervention(part.intervention);
        return;
      case 'empty':
        this.runs([{ text: part.text, italic: true }], { indent: 0, color: MUTED });
        this.doc.moveDown(0.5);
        return;
    }
  }

  private intervention(intervention: DocumentIntervention) {
    const t = messages().planDocument;
    const areas = messages().areas;
    const facts: [string, string][] = [
      [t.interventionStatus, areas.interventionStatus[intervention.status]],
      [
        t.period,
        formatPeriod(intervention.startDate, intervention.endDate, {
          periodOpen: t.periodOpen,
          periodUntil: t.periodUntil,
          notSet: t.notSet,
        }),
      ],
      [t.responsible, intervention.responsibleMembers.join(', ') || t.notSet],
      [t.targetGroups, intervention.targetGroups.join(', ') || t.notSet],
    ];
    for (const [label, value] of facts) this.runs([{ text: `${label}: `, bold: true }, { text: value }], { indent: 0 });
    this.doc.moveDown(0.4);
    if (intervention.description.trim()) this.markdown(intervention.description);
    if (intervention.implementationPlan.trim()) {
      this.runs([{ text: t.implementationPlan, bold: true }], { indent: 0 });
      this.markdown(intervention.implementationPlan);
    }
    if (intervention.budget) {
      this.budgetTable({
        key: 'costs',
        title: t.interventionBudget,
        caption: '',
        columns: intervention.budget.columns,
        rows: [{ kind: 'line', label: intervention.name, marker: '', amounts: intervention.budget.amounts }],
        notes: [],
      });
    } else {
      this.runs([{ text: t.noBudgetLine, italic: true }], { indent: 0, color: MUTED });
      this.doc.moveDown(0.5);
    }
  }

  private budgetTable(table: BudgetTable) {
    const amountWidth = Math.min(72, (WIDTH - 150) / Math.max(1, table.columns.length));
    const columns: Column[] = [
      { width: WIDTH - amountWidth * table.columns.length, align: 'left' },
      ...table.columns.map(() => ({ width: amountWidth, align: 'right' as const })),
    ];
    const header = ['', ...table.columns.map((c) => c.label)];
    const rows = table.rows.map((row) => ({
      cells: [
        row.marker ? `${row.label}${row.marker}` : row.label,
        ...(row.kind === 'heading' ? [] : row.amounts.map(amountText)),
      ],
      style: row.kind,
    }));
    this.doc.moveDown(0.3);
    this.grid({ title: table.title, columns, header, rows, size: TABLE_SIZE });
    if (table.notes.length > 0) {
      for (const note of table.notes)
        this.runs([{ text: `${note.marker} ${note.text}` }], { indent: 0, size: TYPE.xs, color: MUTED });
    }
    this.doc.moveDown(0.8);
  }

  private markdownTable(node: MdTable, indent: number) {
    const [head, ...body] = node.children;
    if (!head) return;
    const count = Math.max(...node.children.map((row) => row.children.length));
    const width = (WIDTH - indent) / count;
    const columns: Column[] = Array.from({ length: count }, (_, i) => ({
      width,
      align: node.align?.[i] === 'right' ? 'right' : 'left',
    }));
    const text = (row: (typeof node.children)[number]) =>
      row.children.map((cell) =>
        this.inline(cell.children)
          .map((run) => run.text)
          .join(''),
      );
    this.grid({
      columns,
      header: text(head),
      rows: body.map((row) => ({ cells: text(row), style: 'line' as const })),
      size: TYPE.sm,
      indent,
    });
    this.doc.moveDown(0.5);
  }

  /**
   * A table: a header row (repeated at the top of each new page), rows that never split across
   * pages (a row that does not fit below opens a new page first).
   */
  private grid(table: {
    title?: string;
    columns: Column[];
    header: string[];
    rows: { cells: string[]; style: BudgetTableRow['kind'] }[];
    size: number;
    indent?: number;
  }) {
    const row = (cells: string[], style: BudgetTableRow['kind'] | 'header'): TableRow => {
      const weight = style === 'header' || style === 'total' ? 0.9 : style === 'subtotal' ? 0.6 : 0.3;
      return {
        cells,
        bold: style !== 'line',
        fill: style === 'total' ? COLOR.shade : undefined,
        ruleAbove: style === 'subtotal' || style === 'total' ? weight : undefined,
        ruleBelow: weight,
      };
    };
    drawTable(this.doc, {
      left: MARGIN.left + (table.indent ?? 0),
      columns: table.columns,
      header: row(table.header, 'header'),
      rows: table.rows.map((r) => row(r.cells, r.style)),
      size: table.size,
      ruleColor: RULE,
      bottom: BOTTOM,
      title: table.title ? { text: table.title, size: table.size + 1.5 } : undefined,
    });
  }
}
