/**
 * The emails a donor gets: the thank-you of a donation (once per donation; a monthly donation's
 * first payment only, with the link to change or stop it), a monthly payment that failed, a
 * refund, a refund because a race took the donor over the yearly cap, and a monthly donation stopped.
 */
export const donationEmailKinds = ['thank-you', 'monthly-failed', 'refund', 'over-cap-refund', 'monthly-cancelled'] as const

export type DonationEmailKind = (typeof donationEmailKinds)[number]

/** Which row each kind is about: a donation (one payment) or a monthly donation. */
export const aboutMonthly = (kind: DonationEmailKind) => kind === 'monthly-failed' || kind === 'monthly-cancelled'
