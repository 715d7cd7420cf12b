/** What other areas may use of the settings area: reading a stored setting. */
export { readSetting } from './settings-store'
