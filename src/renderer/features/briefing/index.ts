/** What other areas may use of the briefing area: the pack's source read. */
export { loadPackSource } from './pack-loader'
