import { Route, Routes } from 'react-router'
import { CoverageEntryPage } from '../coverage'
import { RegionListPage } from './region-list-page'
import { RegionProfilePage } from './region-profile-page'

export function RegionsRoutes() {
  return (
    <Routes>
      <Route index element={<RegionListPage />} />
      <Route path="cakupan" element={<CoverageEntryPage />} />
      <Route path=":regionId" element={<RegionProfilePage />} />
    </Routes>
  )
}
