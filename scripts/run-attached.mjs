/**
 * Runs commands one after another with the terminal attached, forwarding Ctrl+C and SIGTERM to
 * the running child (shared by start.mjs and dist.mjs).
 */
import { spawn } from 'node:child_process'

export function attachedRunner(cwd) {
  let child = null
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child && child.exitCode === null) child.kill(signal)
      else process.exit(130)
    })
  }
  /** Run a command to completion; resolves to its exit code. */
  return function run(command, args) {
    return new Promise((resolve) => {
      child = spawn(command, args, { cwd, stdio: 'inherit' })
      child.on('error', (error) => {
        console.error(`${command} tidak bisa dijalankan: ${error.message}`)
        resolve(1)
      })
      child.on('exit', (code, signal) => {
        child = null
        // A child stopped by Ctrl+C reports a signal, not a code: exit as the shell would.
        resolve(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1))
      })
    })
  }
}
