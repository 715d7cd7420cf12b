/** The briefing screen, loaded on demand by app/routes.tsx. */
export { BriefingPage } from './briefing-page'
