/** A4 in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The type scale every PDF uses (points). */
export const TYPE = {
  /** Footers, footnotes, notes under a table. */
  xs: 8,
  /** Table cells, leads under a title. */
  sm: 8.5,
  /** Running text. */
  base: 10,
  /** Sub-headings, the association's name above a title. */
  md: 11,
  /** Headings. */
  lg: 13,
  /** Document titles and chapter headings. */
  xl: 16,
  /** The title of a long document (annual report). */
  xxl: 20,
  /** The plan's cover title. */
  cover: 24,
} as const;

export const FONT = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  boldItalic: 'Helvetica-BoldOblique',
  mono: 'Courier',
} as const;

export const COLOR = {
  ink: '#000000',
  /** Running text that is a little softer than the headings. */
  text: '#1e293b',
  /** Leads and notes. */
  note: '#334155',
  /** The association's name, secondary lines. */
  muted: '#475569',
  /** Footers. */
  faint: '#64748b',
  rule: '#94a3b8',
  lightRule: '#cbd5e1',
  shade: '#e2e8f0',
  highlight: '#fde68a',
  warning: '#b45309',
} as const;
