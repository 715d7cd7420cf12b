/** Shows a repository ValidationError on the form fields it names, or as a notification. */
import { notifications } from '@mantine/notifications'
import { ValidationError } from '../db/schemas'

export function reportSaveError(
  error: unknown,
  setFieldError?: (field: string, message: string) => void,
  fieldMap: Record<string, string> = {},
): void {
  if (error instanceof ValidationError && setFieldError) {
    for (const issue of error.issues)
      setFieldError(fieldMap[issue.field] ?? issue.field, `${issue.label}: ${issue.message}`)
  }
  notifications.show({
    color: 'red',
    message: error instanceof Error ? error.message : String(error),
  })
}
