/** QR codes for `url` fields: the module matrix (error correction M) and its dark runs, drawn as vector rectangles. */
import qrcode from 'qrcode-generator'

/** Light modules around the code, as the QR specification asks for readers to find it. */
export const quietZone = 4

/** Dark modules, row by row (the URL is ASCII after normalisation, so byte mode encodes it as is). */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, 'M')
  code.addData(text, 'Byte')
  code.make()
  const count = code.getModuleCount()
  return Array.from({ length: count }, (_, row) => Array.from({ length: count }, (_, column) => code.isDark(row, column)))
}

/** Horizontal runs of dark modules (row, first column, length): one rectangle each instead of one per module. */
export function darkRuns(modules: boolean[][]): { row: number; column: number; length: number }[] {
  const runs: { row: number; column: number; length: number }[] = []
  modules.forEach((cells, row) => {
    let start = -1
    cells.forEach((dark, column) => {
      if (dark && start < 0) start = column
      if (!dark && start >= 0) {
        runs.push({ row, column: start, length: column - start })
        start = -1
      }
    })
    if (start >= 0) runs.push({ row, column: start, length: cells.length - start })
  })
  return runs
}
