import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './ui/app.css'
import { createRoot } from 'react-dom/client'
import { boot } from './app/boot'

const container = document.getElementById('root')
if (!container) throw new Error('#root tidak ada')
void boot(createRoot(container))
