import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The database this project's integration tests run on, or why they are skipped. */
    database: { url: string } | { skipped: string }
    /** Where this run's uploads go: one folder for the whole run, like the database. */
    uploadsDir: string
  }
}

const root = path.resolve(import.meta.dirname, '../..')

const skip = (project: TestProject, reason: string) => {
  console.log(`[${project.name}] integration tests skipped: ${reason}`)
  project.provide('database', { skipped: reason })
}

/**
 * Gives each test run a database of its own: a new SQLite file, a new
 * PostgreSQL database (dropped afterwards), or a new MongoDB database.
 */
export default async function setup(project: TestProject) {
  const kind = project.config.env.TEST_DATABASE
  const runId = `${Date.now()}_${process.pid}`
  const uploadsDir = path.join(root, 'var', 'test', `uploads-${kind}-${runId}`)
  project.provide('uploadsDir', uploadsDir)
  const removeUploads = () => fs.rmSync(uploadsDir, { recursive: true, force: true })
  if (kind === 'sqlite') {
    const dir = path.join(root, 'var', 'test')
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `integration-${runId}.db`)
    project.provide('database', { url: `file:${file}` })
    return () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
      removeUploads()
    }
  }
  if (kind === 'postgres') {
    const serverUrl = process.env.POSTGRES_URL
    if (!serverUrl) {
      skip(project, 'POSTGRES_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)')
      return
    }
    const name = `hub_test_${runId}`
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    project.provide('database', { url: url.toString() })
    return async () => {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
      removeUploads()
    }
  }
  const mongoUrl = process.env.MONGODB_URL
  if (!mongoUrl) {
    skip(project, 'MONGODB_URL is not set: no MongoDB server on this machine')
    return
  }
  const url = new URL(mongoUrl)
  url.pathname = `/hub_test_${runId}`
  project.provide('database', { url: url.toString() })
  return removeUploads
}
