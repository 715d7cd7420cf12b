/** The words of domain/figure-text.ts in the current UI language, with the formatters beside them. */
import { figureWords } from '../domain/figure-text'
import { useFormat } from './use-format'

export function useFigureText() {
  const fmt = useFormat()
  return { ...figureWords(fmt.locale), fmt }
}
