import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { CommitmentsPage } from './pages/commitments-page'
import { CoveragePage } from './pages/coverage-page'

test('a half-filled commitment form asks before a menu link leaves it, and survives a reload', async ({
  page,
}) => {
  const shell = new AppShell(page)
  const c = new CommitmentsPage(page)
  await c.openList()
  await c.startNew()
  const title = page.getByRole('textbox', { name: 'Judul' })
  await title.fill('Tambahan 5.000 pekerja rentan')

  await shell.go('Kegiatan')
  const ask = page.getByRole('dialog', { name: 'Tinggalkan formulir?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Tetap di sini' }).click()
  await expect(ask).toBeHidden()
  await expect(page).toHaveURL(/#\/komitmen\/baru$/)
  await expect(title).toHaveValue('Tambahan 5.000 pekerja rentan')

  // Reload: the browser asks (beforeunload), and the draft comes back.
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.type())
    void d.accept()
  })
  await page.reload()
  await expect(page.getByTestId('draft-restored')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Judul' })).toHaveValue(
    'Tambahan 5.000 pekerja rentan',
  )
  expect(dialogs).toContain('beforeunload')

  // Leaving after the question drops the draft: the next new form is empty.
  await shell.go('Kegiatan')
  await page
    .getByRole('dialog', { name: 'Tinggalkan formulir?' })
    .getByRole('button', { name: 'Tinggalkan' })
    .click()
  await expect(page).toHaveURL(/#\/kegiatan$/)
  await c.openList()
  await c.startNew()
  await expect(page.getByRole('textbox', { name: 'Judul' })).toHaveValue('')
  await expect(page.getByTestId('draft-restored')).toHaveCount(0)
})

test('a coverage figure being typed is not lost to Esc: the modal asks first', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open('/wilayah/cakupan?wilayah=63.05')
  const entry = new CoveragePage(page)
  await entry.add()
  const form = page.getByRole('dialog', { name: 'Tambah angka cakupan' })
  const count = form.getByLabel('Jumlah').first()
  await count.fill('12.500')
  await expect(count).toHaveValue('12.500')
  const ask = page.getByRole('dialog', { name: 'Tinggalkan formulir?' })
  // One Esc opens the question (it used to open and close in the same keystroke); Esc on the
  // question means "stay".
  await count.press('Escape')
  await expect(ask).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(ask).toBeHidden()
  await expect(form).toBeVisible()
  await expect(form.getByLabel('Jumlah').first()).toHaveValue('12.500')
  await count.press('Escape')
  await expect(ask).toBeVisible()
  await expect(form).toBeVisible()
  await ask.getByRole('button', { name: 'Tetap di sini' }).click()
  await expect(form.getByLabel('Jumlah').first()).toHaveValue('12.500')
  await form.getByLabel('Jumlah').first().press('Escape')
  await page
    .getByRole('dialog', { name: 'Tinggalkan formulir?' })
    .getByRole('button', { name: 'Tinggalkan' })
    .click()
  await expect(form).toBeHidden()
})
