import { Route, Routes } from 'react-router'
import { StakeholdersPage } from '../stakeholders'
import { MeetingDetailPage } from './meeting-detail-page'
import { MeetingEditPage, MeetingNewPage } from './meeting-form-page'
import { MeetingsListPage } from './meetings-list-page'

/** Kegiatan area: meetings, and the stakeholder directory their invitees come from. */
export function MeetingsRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingsListPage />} />
      <Route path="baru" element={<MeetingNewPage />} />
      <Route path="pemangku" element={<StakeholdersPage />} />
      <Route path=":meetingId" element={<MeetingDetailPage />} />
      <Route path=":meetingId/ubah" element={<MeetingEditPage />} />
    </Routes>
  )
}
