/** The dashboard's query string: the year shown, and the group whose year is shown month by month. */
export const yearParameter = 'treasuryYear'
export const historyParameter = 'accountOf'
