import net from 'node:net'

/** A port `npm start` listens on, and the variable that changes it. */
export interface ListenPort {
  variable: 'PORT' | 'SITE_PORT' | 'CHECKOUT_STANDIN_PORT'
  value: string
}

/** Why `npm start` cannot listen on `port` at `host`, in one line that says what to change; null when it can. */
const portProblem = async (host: string, { variable, value }: ListenPort): Promise<string | null> => {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) return `${variable}=${value} n’est pas un numéro de port (1 à 65535).`
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === 'EADDRINUSE'
          ? `Le port ${port} (${host}) est déjà utilisé : choisissez-en un autre avec ${variable}, par exemple ${variable}=${port + 1} npm start.`
          : `Impossible d’écouter sur ${host}:${port} (${error.code ?? error.message}) : changez de port avec ${variable} ou d’adresse avec HOST.`,
      ),
    )
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(null)))
  })
}

/**
 * Checks, before anything slow starts, that each server of `npm start` can
 * listen where it will: the first problem found, in one line, or null.
 */
export const firstPortProblem = async (host: string, ports: ListenPort[]): Promise<string | null> => {
  for (const port of ports) {
    const problem = await portProblem(host, port)
    if (problem) return problem
  }
  return null
}
