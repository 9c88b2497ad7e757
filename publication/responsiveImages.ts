import type { ImageSize } from 'payload'

/**
 * The responsive copies the public site's <picture> elements choose from, in
 * AVIF and WebP. Made once, when a visual is uploaded (Payload `imageSizes`),
 * and by the build for the pictures it draws itself (tract previews): pages
 * link them as they are, so no build encodes an uploaded image again.
 */
export const responsiveWidths = [320, 640, 960, 1440] as const
export const responsiveFormats = ['avif', 'webp'] as const
export type ResponsiveFormat = (typeof responsiveFormats)[number]

/**
 * sharp's options per format. AVIF at effort 2 rather than sharp's default 4:
 * files 9 % larger, encoded 5 times faster (measured on the demo visuals, 48
 * pictures × 4 widths: 37 s against 180 s), so an upload stays a few seconds.
 */
export const encoderOptions = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 80 },
} as const satisfies Record<ResponsiveFormat, object>

/** The name of a copy among an upload's `sizes`: `avif640`, `webp320`… */
export const responsiveSizeName = (format: ResponsiveFormat, width: number) => `${format}${width}`

/**
 * Every copy as a Payload image size: the width alone, so the picture keeps
 * its proportions, and none wider than the upload (Payload omits those). Kept
 * out of the admin's list columns and filters, where eight more would be noise.
 */
export const responsiveImageSizes: ImageSize[] = responsiveFormats.flatMap((format) =>
  responsiveWidths.map((width) => ({
    name: responsiveSizeName(format, width),
    width,
    formatOptions: { format, options: encoderOptions[format] },
    admin: { disableGroupBy: true, disableListColumn: true, disableListFilter: true },
  })),
)

export const responsiveSizeNames = new Set(responsiveImageSizes.map((size) => size.name))
