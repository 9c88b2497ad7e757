/** How the admin writes a date and time: with its year, to the minute (`admin.dateFormat`). */
export const adminDateFormat = 'd MMMM yyyy, HH:mm'

/** The one zone the admin shows times in, wherever the server or the editor's browser runs. */
export const adminTimeZone = 'Europe/Paris'
