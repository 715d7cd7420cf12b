/**
 * The allowed values of a spreadsheet column by the labels users read on screen
 * ("Pekerja rentan", "Jumlah (orang)") instead of codes (`pekerja_rentan`, `count`): the
 * template's drop-downs list them, and the import reads them back, in Indonesian and English,
 * as well as the codes. Pure: the labels come from the message catalogue.
 */
import type { Locale } from '../../../shared/format'
import { commitments } from '../../i18n/messages/commitments'
import { common } from '../../i18n/messages/common'
import { coverage } from '../../i18n/messages/coverage'
import { data } from '../../i18n/messages/data'
import type { AnyImportKind, ImportColumn } from './import-kinds'

const LOCALES: readonly Locale[] = ['id', 'en']

/** The code → label table of an enum column, or null for a column that is not one. */
export function enumLabels(
  kind: AnyImportKind,
  col: ImportColumn,
  locale: Locale,
): Readonly<Record<string, string>> | null {
  if (col.type !== 'enum') return null
  // A kind another area defines brings its own labels (import-kinds.ts, SheetKind).
  if (typeof kind !== 'string') return kind.enumLabels?.(col, locale) ?? null
  switch (col.field) {
    case 'segment':
      return common[locale].segments
    case 'measure':
      return common[locale].measures
    case 'baseKind':
      return common[locale].baseKinds
    case 'setBy':
      return coverage[locale].setters
    case 'unit':
      return data[locale].units
    case 'kind':
      return kind === 'commitments' ? commitments[locale].kinds : null
    case 'lifecycle':
      return commitments[locale].lifecycle
    default:
      return null
  }
}

/** The label a code is written as in a template (the code itself when it has none). */
export function labelOf(
  kind: AnyImportKind,
  col: ImportColumn,
  code: string,
  locale: Locale,
): string {
  return enumLabels(kind, col, locale)?.[code] ?? code
}

/** The labels of a column's allowed values, in the order of its codes. */
export function allowedLabels(kind: AnyImportKind, col: ImportColumn, locale: Locale): string[] {
  return (col.values ?? []).map((code) => labelOf(kind, col, code, locale))
}

/** The code a label stands for, in either language, compared without case; null if none. */
export function codeOfLabel(kind: AnyImportKind, col: ImportColumn, text: string): string | null {
  const wanted = text.trim().toLocaleLowerCase('id')
  for (const locale of LOCALES) {
    const labels = enumLabels(kind, col, locale)
    if (!labels) return null
    for (const code of col.values ?? [])
      if (labels[code]?.toLocaleLowerCase('id') === wanted) return code
  }
  return null
}
