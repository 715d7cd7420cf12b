export const settings = {
  id: {
    title: 'Pengaturan',
    description:
      'Nama dan kantor Anda dicatat pada setiap perubahan data. Bahasa berlaku untuk seluruh aplikasi.',
    userName: 'Nama pengguna',
    userNameHint: 'Contoh: Siti Rahmah',
    office: 'Kantor / unit kerja',
    officeHint: 'Contoh: Asisten I Setdaprov Kalsel',
    language: 'Bahasa',
    saved: 'Pengaturan tersimpan',
    nameRequired: 'Nama pengguna wajib diisi',
    hiddenCharacter:
      '{{field}}: berisi karakter tersembunyi {{code}} (karakter ke-{{position}}) yang mengubah atau tidak menampilkan teks; hapus karakter itu',
    device: 'ID perangkat ini',
    version: 'Versi aplikasi',
    shell: 'Dijalankan sebagai',
    shellElectron: 'aplikasi desktop',
    shellBrowser: 'aplikasi web di browser',
  },
  en: {
    title: 'Settings',
    description:
      'Your name and office are recorded with every change. The language applies to the whole app.',
    userName: 'User name',
    userNameHint: 'For example: Siti Rahmah',
    office: 'Office / unit',
    officeHint: 'For example: Assistant I, Kalsel Provincial Secretariat',
    language: 'Language',
    saved: 'Settings saved',
    nameRequired: 'User name is required',
    hiddenCharacter:
      '{{field}}: contains a hidden character {{code}} (character {{position}}) that changes or hides text; remove it',
    device: 'This device ID',
    version: 'App version',
    shell: 'Running as',
    shellElectron: 'desktop app',
    shellBrowser: 'web app in a browser',
  },
}
