import { execFileSync } from 'node:child_process'

import { root } from './children'

export interface CodeVersion {
  commit: string
  /** Files of the measured folders that differed from the commit when the run began (the tree is shared and moves). */
  changed: string[]
}

const measuredFolders = ['site', 'cms', 'scripts', 'content', 'publication', 'search', 'tracts', 'astro.config.mjs']

/** The commit measured, and what differed from it. */
export const codeVersion = (): CodeVersion => {
  const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim()
  try {
    const changed = git('status', '--porcelain', '--untracked-files=no', '--', ...measuredFolders)
    return {
      commit: git('log', '-1', '--format=%h %s').slice(0, 100),
      changed: changed ? changed.split('\n').map((line) => line.slice(3)) : [],
    }
  } catch {
    return { commit: 'unknown', changed: [] }
  }
}
