import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { root } from './children'

export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  date: string
  /** 1, 5 and 15 minutes, when the run began. */
  loadAverage: number[]
  packages: Record<string, string>
}

const packageVersion = (name: string): string => {
  const file = path.join(root, 'node_modules', name, 'package.json')
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
}

const cmsPackages = ['payload', 'next', '@libsql/client', 'pg', 'autocannon']

/** The machine, and the versions of `packages` (by default those the CMS benchmark depends on). */
export const describeMachine = (packages: readonly string[] = cmsPackages): Machine => {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
    packages: Object.fromEntries(packages.map((name) => [name, packageVersion(name)])),
  }
}

/** The 1-minute load average, to tell a quiet machine from a busy one. */
export const loadAverage = (): number => Math.round((os.loadavg()[0] ?? 0) * 100) / 100
