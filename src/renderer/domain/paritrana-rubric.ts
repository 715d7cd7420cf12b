/**
 * The rubric Simpul ships until a user enters the official one. No official rubric of the
 * Paritrana assessment was found: the aspects follow what press reports describe
 * (kebijakan/regulasi, penerapan with APBD, kinerja against potential, wawancara and
 * innovation); every weight and the 75 % "full marks" (the "ideal" named at the 2020
 * sosialisasi) are local assumptions, not official, and the app says so wherever it shows them.
 */
import type { ParitranaRubric, RubricAspect } from '../db/types'

/** Fixed id, so every laptop that saves a score with the default names the same rubric. */
export const DEFAULT_RUBRIC_ID = '7a3b1e00-0000-4000-8000-00000000d001'

export const DEFAULT_RUBRIC_ASPECTS: RubricAspect[] = [
  {
    key: 'kebijakan',
    label: 'Kebijakan dan regulasi',
    weight: 30,
    indicators: [
      {
        key: 'regulasi',
        label: 'Regulasi kepala daerah (Perda/Perbup/Perwali) tentang Jamsostek',
        weight: 1,
        metric: 'regulation',
        group: null,
        target: null,
      },
    ],
  },
  {
    key: 'penerapan',
    label: 'Penerapan dan anggaran',
    weight: 30,
    indicators: [
      {
        key: 'apbd_non_asn',
        label: 'APBD untuk iuran non-ASN',
        weight: 1,
        metric: 'apbd',
        group: 'non_asn',
        target: null,
      },
      {
        key: 'apbd_desa',
        label: 'APBD untuk iuran perangkat desa',
        weight: 1,
        metric: 'apbd',
        group: 'perangkat_desa',
        target: null,
      },
      {
        key: 'apbd_rentan',
        label: 'APBD untuk iuran pekerja rentan',
        weight: 1,
        metric: 'apbd',
        group: 'pekerja_rentan',
        target: null,
      },
      {
        key: 'ptsp',
        label: 'Syarat kepesertaan aktif dalam perizinan PTSP',
        weight: 1,
        metric: 'ptsp',
        group: null,
        target: null,
      },
      {
        key: 'komitmen',
        label: 'Komitmen daerah tercapai atau sesuai jalur',
        weight: 1,
        metric: 'commitments_on_track',
        group: null,
        target: null,
      },
    ],
  },
  {
    key: 'kinerja',
    label: 'Kinerja kepesertaan',
    weight: 30,
    indicators: [
      {
        key: 'cakupan_pu',
        label: 'Cakupan PU terhadap potensi',
        weight: 1,
        metric: 'coverage_pu',
        group: null,
        target: 75,
      },
      {
        key: 'cakupan_bpu',
        label: 'Cakupan BPU terhadap potensi',
        weight: 1,
        metric: 'coverage_bpu',
        group: null,
        target: 75,
      },
      {
        key: 'lindung_non_asn',
        label: 'Non-ASN terlindungi',
        weight: 1,
        metric: 'group_share',
        group: 'non_asn',
        target: null,
      },
      {
        key: 'lindung_desa',
        label: 'Perangkat desa terlindungi',
        weight: 1,
        metric: 'group_share',
        group: 'perangkat_desa',
        target: null,
      },
      {
        key: 'lindung_rentan',
        label: 'Pekerja rentan terlindungi',
        weight: 1,
        metric: 'group_share',
        group: 'pekerja_rentan',
        target: null,
      },
    ],
  },
  {
    key: 'wawancara',
    label: 'Wawancara dan inovasi',
    weight: 10,
    indicators: [
      {
        key: 'kepala_daerah',
        label: 'Kepala daerah hadir dalam wawancara',
        weight: 1,
        metric: 'entered',
        group: null,
        target: null,
      },
      {
        key: 'inovasi',
        label: 'Inovasi perlindungan pekerja',
        weight: 1,
        metric: 'entered',
        group: null,
        target: null,
      },
    ],
  },
]

/** The default rubric as a record to store (version 1, official 0), before it is stamped. */
export function defaultRubricInput(): Omit<
  ParitranaRubric,
  keyof import('../db/types').RecordMeta
> {
  return {
    lineageId: DEFAULT_RUBRIC_ID,
    version: 1,
    name: 'Rubrik bawaan Simpul (asumsi lokal, bukan resmi)',
    editionYear: null,
    official: 0,
    aspects: DEFAULT_RUBRIC_ASPECTS,
    notes:
      'Aspek mengikuti pemberitaan tentang penilaian Paritrana; bobot dan ambang 75 % adalah asumsi lokal, bukan bobot resmi. Ganti dengan rubrik resmi bila sudah diterima.',
  }
}

/** The rubric a screen scores with: the newest live version of a lineage. */
export function newestVersion<T extends Pick<ParitranaRubric, 'lineageId' | 'version'>>(
  rubrics: readonly T[],
  lineageId: string,
): T | null {
  let best: T | null = null
  for (const r of rubrics)
    if (r.lineageId === lineageId && (!best || r.version > best.version)) best = r
  return best
}
