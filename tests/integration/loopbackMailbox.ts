import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server on loopback, keeping every message it receives (read back with mailparser).
 * It can refuse every message (an outage with the server up) or be closed (nothing listening),
 * then come back on the same port.
 */
export class LoopbackMailbox {
  readonly received: ParsedMail[] = []
  refusing = false
  port = 0
  private server: SMTPServer | null = null

  async open() {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onMailFrom: (_address, _session, callback) =>
        callback(this.refusing ? Object.assign(new Error('Service not available'), { responseCode: 421 }) : undefined),
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.received.push(mail)
            callback()
          },
          (error: Error) => callback(error),
        )
      },
    })
    this.server = server
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve))
    this.port = (server.server.address() as AddressInfo).port
  }

  async close() {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** The messages sent to one address. */
  to(address: string) {
    return this.received.filter((mail) => (mail.to && 'value' in mail.to ? mail.to.value : []).some((to) => to.address === address))
  }
}
