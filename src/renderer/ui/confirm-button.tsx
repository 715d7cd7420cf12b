import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { reportSaveError } from './save-errors'

/** A destructive action asks first, in words that say what will and will not be lost. */
export function ConfirmButton({
  children,
  message,
  onConfirm,
  ...props
}: ButtonProps & { children: ReactNode; message: string; onConfirm: () => void | Promise<void> }) {
  const [opened, { open, close }] = useDisclosure(false)
  const { t } = useTranslation()
  return (
    <>
      <Button {...props} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={children} centered>
        <Text mb="lg">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('actions.cancel')}
          </Button>
          <Button
            color="red"
            data-autofocus
            onClick={async () => {
              close()
              // A refused write (a reference, a final notulen, a full disk) says why instead
              // of failing silently while the screen looks as if nothing was asked.
              try {
                await onConfirm()
              } catch (error) {
                reportSaveError(error)
              }
            }}
          >
            {t('actions.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  )
}
