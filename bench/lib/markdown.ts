import type { Machine } from './machine'

/** One row of a Markdown table. */
export const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

/** The head of a report's machine table: what every benchmark runs on. */
export const machineRows = (machine: Machine): string[] => [
  row(['', '']),
  row(['---', '---']),
  row(['CPU', `${machine.cpu}, ${machine.cores} cores`]),
  row(['Memory', `${machine.memoryGiB} GiB`]),
  row(['OS', machine.os]),
  row(['Node', machine.node]),
]
