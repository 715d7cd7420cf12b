/** What other areas may use of the briefing area: the pack's source read, the notulen PDF. */
export { loadPackSource } from './pack-loader'
export { buildNotulenPdf } from './notulen-pdf'
export { buildNotulenDocument, type NotulenModel } from './notulen-document'
