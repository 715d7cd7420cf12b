/**
 * The message catalogue: one namespace a feature (i18n/messages/<feature>.ts), each holding
 * Indonesian and English side by side so they stay in step (a unit test checks the keys
 * match). Indonesian is the default.
 */
import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { catalogue } from './catalogue'
import type { Language } from '../../shared/bridge-contract'

export function createI18n(language: Language = 'id'): I18n {
  const instance = i18next.createInstance()
  const resources: Record<Language, Record<string, unknown>> = { id: {}, en: {} }
  for (const [ns, messages] of Object.entries(catalogue)) {
    resources.id[ns] = messages.id
    resources.en[ns] = messages.en
  }
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'id',
    resources: resources as never,
    ns: Object.keys(catalogue),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  return instance
}
