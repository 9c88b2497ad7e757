import type { Endpoint } from 'payload'

import { cancelEndpoints } from './cancel'
import { donateEndpoints } from './donate'
import { donationStatusEndpoints } from './donationStatus'
import { monthlyDonationEndpoints } from './monthlyDonation'
import { seatsEndpoints } from './seats'
import { signUpEndpoints } from './signUp'
import { stripeWebhookEndpoints } from './stripeWebhook'

/**
 * The CMS's endpoints for the public site's visitors, under /api (paths: publication/signUp.ts and
 * publication/donation.ts), and Stripe's webhooks.
 */
export const publicEndpoints: Endpoint[] = [
  ...signUpEndpoints,
  ...seatsEndpoints,
  ...cancelEndpoints,
  ...donateEndpoints,
  ...donationStatusEndpoints,
  ...monthlyDonationEndpoints,
  ...stripeWebhookEndpoints,
]
