/**
 * Shows a repository ValidationError on the form fields it names, or as a notification.
 * `fieldMap` maps a stored field to the form field that holds it; `labels` names a form field
 * as the form labels it ("Tahun", where the stored field is called "Periode").
 */
import { notifications } from '@mantine/notifications'
import { ValidationError } from '../db/schemas'

export function reportSaveError(
  error: unknown,
  setFieldError?: (field: string, message: string) => void,
  fieldMap: Record<string, string> = {},
  labels: Record<string, string> = {},
): void {
  if (error instanceof ValidationError && setFieldError) {
    for (const issue of error.issues) {
      const field = fieldMap[issue.field] ?? issue.field
      setFieldError(field, `${labels[field] ?? issue.label}: ${issue.message}`)
    }
  }
  notifications.show({
    color: 'red',
    message: error instanceof Error ? error.message : String(error),
  })
}
