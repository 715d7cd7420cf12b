/** Start-up, database failures and the welcome panel. */
export const shell = {
  id: {
    welcomeTitle: 'Selamat datang di Simpul',
    welcomeBody:
      'Simpul mencatat cakupan kepesertaan Jamsostek, komitmen pemerintah daerah, dan kegiatan sosialisasi atau rakor, lalu menyusun paket briefing. Semua data tersimpan di laptop ini dan bisa dipakai tanpa internet.',
    welcomeStep1:
      'Isi nama dan kantor Anda di Pengaturan, agar setiap perubahan tercatat atas nama Anda.',
    welcomeStep2:
      'Muat "Contoh data Kalsel" di menu Data untuk melihat cara kerja Simpul, atau mulai mencatat data sendiri.',
    welcomeStep3: 'Buat cadangan secara berkala di menu Data.',
    openSettings: 'Buka Pengaturan',
    openData: 'Buka menu Data',
    dbOpenFailed: 'Basis data lokal tidak dapat dibuka',
    dbOpenFailedBody:
      '{{reason}} Tutup jendela Simpul yang lain lalu muat ulang. Bila tetap gagal, pastikan ruang disk cukup.',
    dbQuota:
      'Ruang penyimpanan penuh. Kosongkan ruang disk atau hapus data yang tidak diperlukan, lalu coba lagi.',
    dbVersionChange:
      'Simpul diperbarui di jendela lain. Muat ulang jendela ini agar memakai versi data yang sama.',
    dbBlocked:
      'Jendela Simpul lain masih memakai versi lama. Tutup jendela itu; halaman ini akan memuat ulang.',
    dbUnavailable:
      'Penyimpanan browser tidak tersedia (mode penyamaran atau diblokir). Simpul butuh penyimpanan lokal.',
    dbNewerVersion:
      'Data di laptop ini dibuat oleh versi Simpul yang lebih baru. Perbarui Simpul sebelum membukanya.',
    writeQuota:
      'Ruang penyimpanan penuh, jadi perubahan ini tidak disimpan. Kosongkan ruang disk atau hapus data yang tidak diperlukan, lalu coba lagi.',
    writeUnavailable:
      'Penyimpanan lokal tidak tersedia, jadi perubahan ini tidak disimpan. Muat ulang Simpul.',
    writeClosed:
      'Simpul sedang diperbarui atau dipakai di jendela lain, jadi perubahan ini tidak disimpan. Tutup jendela Simpul yang lain, muat ulang, lalu coba lagi.',
    persistDenied:
      'Browser belum menjamin penyimpanan permanen. Unduh cadangan secara berkala dari menu Data.',
    skipToContent: 'Lompat ke isi',
  },
  en: {
    welcomeTitle: 'Welcome to Simpul',
    welcomeBody:
      'Simpul records employment social security coverage, local government commitments, and outreach or coordination meetings, and builds briefing packs. All data stays on this laptop and works without internet.',
    welcomeStep1:
      'Enter your name and office in Settings, so every change is recorded under your name.',
    welcomeStep2:
      'Load the "Kalsel sample data" from the Data menu to see how Simpul works, or start recording your own data.',
    welcomeStep3: 'Make regular backups from the Data menu.',
    openSettings: 'Open Settings',
    openData: 'Open the Data menu',
    dbOpenFailed: 'The local database could not be opened',
    dbOpenFailedBody:
      '{{reason}} Close other Simpul windows and reload. If it still fails, make sure there is enough disk space.',
    dbQuota:
      'Storage is full. Free some disk space or delete data you no longer need, then try again.',
    dbVersionChange:
      'Simpul was updated in another window. Reload this window so both use the same data version.',
    dbBlocked: 'Another Simpul window still uses the old version. Close it; this page will reload.',
    dbUnavailable:
      'Browser storage is unavailable (private mode or blocked). Simpul needs local storage.',
    dbNewerVersion:
      'The data on this laptop was made by a newer Simpul. Update Simpul before opening it.',
    writeQuota:
      'Storage is full, so this change was not saved. Free some disk space or delete data you no longer need, then try again.',
    writeUnavailable: 'Local storage is unavailable, so this change was not saved. Reload Simpul.',
    writeClosed:
      'Simpul is being updated or is in use in another window, so this change was not saved. Close the other Simpul windows, reload, then try again.',
    persistDenied:
      'The browser has not granted persistent storage. Download backups regularly from the Data menu.',
    skipToContent: 'Skip to content',
  },
}
