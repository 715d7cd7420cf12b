/** The Paritrana screens, loaded on demand by app/routes.tsx. */
import { Route, Routes } from 'react-router'
import { ParitranaPage } from './paritrana-page'

export function ParitranaRoutes() {
  return (
    <Routes>
      <Route index element={<ParitranaPage />} />
    </Routes>
  )
}
