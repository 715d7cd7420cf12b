import { Route, Routes } from 'react-router'
import { CommitmentDetailPage } from './commitment-detail-page'
import { CommitmentFormPage } from './commitment-form-page'
import { CommitmentsListPage } from './commitments-list-page'

export function CommitmentsRoutes() {
  return (
    <Routes>
      <Route index element={<CommitmentsListPage />} />
      <Route path="baru" element={<CommitmentFormPage />} />
      <Route path=":id" element={<CommitmentDetailPage />} />
      <Route path=":id/ubah" element={<CommitmentFormPage />} />
    </Routes>
  )
}
