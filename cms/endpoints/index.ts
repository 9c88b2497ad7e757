import type { Endpoint } from 'payload'

import { cancelEndpoints } from './cancel'
import { seatsEndpoints } from './seats'
import { signUpEndpoints } from './signUp'

/** The CMS's endpoints for the public site's visitors, under /api (paths: publication/signUp.ts). */
export const publicEndpoints: Endpoint[] = [...signUpEndpoints, ...seatsEndpoints, ...cancelEndpoints]
