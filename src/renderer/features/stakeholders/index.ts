/** What other areas may use of the stakeholder directory. */
export { StakeholdersPage } from './stakeholders-page'
