/** The Periksa data screen, loaded on demand by app/routes.tsx. */
export { QualityPage } from './quality-page'
