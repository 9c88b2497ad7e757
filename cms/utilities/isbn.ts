/** True when an ISBN-10 or ISBN-13 (hyphens and spaces allowed) has a correct check digit. */
export const isValidIsbn = (value: string): boolean => {
  const compact = value.replace(/[\s-]/g, '').toUpperCase()
  if (/^\d{13}$/.test(compact)) {
    const sum = [...compact].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0)
    return sum % 10 === 0
  }
  if (/^\d{9}[\dX]$/.test(compact)) {
    const sum = [...compact].reduce((total, char, index) => total + (char === 'X' ? 10 : Number(char)) * (10 - index), 0)
    return sum % 11 === 0
  }
  return false
}
