/** A whole-number command-line option within bounds; anything else stops the run with a clear message. */
export const wholeNumber = (name: string, value: string, min: number, max: number): number => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < min || number > max) {
    console.error(`--${name} takes a whole number from ${min} to ${max} (got "${value}")`)
    process.exit(2)
  }
  return number
}
