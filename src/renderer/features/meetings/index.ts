/** What other areas may use of the meetings area: its reads (screens are in routes.tsx). */
export { liveMeetings, meetingsOfRegion, useLiveMeetings } from './queries'
