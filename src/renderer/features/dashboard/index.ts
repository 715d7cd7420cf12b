/** What other areas may use of the Ringkasan: its reads, its trend lines and its cards. */
export { loadDashboard } from './dashboard-queries'
export { trendLines } from './dashboard-model'
export { FigureCard } from './headline-figures'
export { MeetingsList } from './meetings-block'
